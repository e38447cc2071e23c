import type { RuleTable } from '@/tests/unit/cases/types';

// pushy-tone, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a polite status e-mail after the decision date',
      text: 'Hej Anders,\n\nTack igen för intervjun om tjänsten som elektriker. Du nämnde att ni räknade med att fatta ett beslut förra veckan, så jag ville höra hur processen går. Jag förstår att sådant kan ta tid.\n\nJag ser fram emot att höra från dig.\n\nMvh\nPatrik',
    },
    {
      note: 'the writer sets a deadline for themselves, not for the employer',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Tove,\nTack för intervjun i går om tjänsten som projektledare. Jag skickar referenserna senast på fredag. Finns det något mer du behöver från mig?\nHälsningar\nHanna',
    },
    {
      note: '"tackar" as thanks',
      text: 'Hej Ronja,\n\nJag tackar för ett trevligt samtal i onsdags om tjänsten som fastighetsskötare och är fortfarande mycket intresserad.\n\nVänliga hälsningar\nMats',
    },
  ],
  invalid: [
    {
      note: 'still no answer and a deadline',
      text: 'Hej Anders,\n\nTack igen för intervjun om tjänsten som elektriker. Jag [[har fortfarande inte hört något från er]] och [[behöver ett besked senast på fredag]].\n\nMvh\nPatrik',
    },
    {
      note: 'ASAP',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Tove,\nTack för intervjun i går om tjänsten som projektledare. Jag behöver ett svar [[ASAP]] eftersom jag planerar min sommar.\nHälsningar\nHanna',
    },
    {
      note: 'another offer',
      text: 'Hej Ronja,\n\nTack för samtalet i onsdags om tjänsten som fastighetsskötare. Jag [[har ett annat erbjudande]] på bordet, så jag vill veta var jag står.\n\nVänliga hälsningar\nMats',
    },
    {
      note: 'begging',
      text: 'Hej Mikael,\n\nTack för intervjun i tisdags om jobbet som lagerarbetare. [[Snälla, snälla, ge mig]] en chans. Jag [[behöver verkligen det här jobbet]].\n\nHälsningar\nDennis',
    },
    {
      note: 'complaining about the wait',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Arvid,\nTack för intervjun om tjänsten som kock. Jag har nu [[väntat i tre veckor]] och skickat två mejl [[utan svar]].\nHälsningar\nNora',
    },
    {
      note: 'chasing with a third message',
      text: 'Hej Susanne,\n\n[[Detta är mitt tredje mejl]] om tjänsten som tandsköterska efter intervjun i maj. Finns det några nyheter[[??]]\n\nHälsningar\nVera',
    },
  ],
} satisfies RuleTable;
