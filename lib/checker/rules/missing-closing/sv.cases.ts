import type { RuleTable } from '@/tests/unit/cases/types';

// missing-closing, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'ser fram emot',
      text: 'Hej Lova,\n\nTack för intervjun i tisdags om tjänsten som HR-assistent.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nMaja',
    },
    {
      note: 'hör gärna av dig',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Jesper,\nTack för samtalet i dag om tjänsten som supporttekniker. Hör gärna av dig om du vill veta mer om mina certifikat.\nHälsningar\nAmir',
    },
    {
      note: 'hoppas att vi hörs',
      text: 'Hej Sanna,\n\nTack för intervjun i fredags om tjänsten som ekonom. Jag hoppas att vi hörs snart.\n\nMed vänlig hälsning\nViktor',
    },
    {
      note: 'på återhörande',
      text: 'Hej Elsa,\n\nTack för ett trevligt samtal om tjänsten som projektsamordnare. Jag är fortfarande mycket intresserad.\n\nPå återhörande!\nGustav',
    },
    {
      note: 'a post is not checked for a close',
      surface: 'post',
      platform: 'linkedin',
      text: 'Tack till Berit på Fjällvind för intervjun i går om tjänsten som guide.',
    },
  ],
  invalid: [
    { note: "\"jag h\u00f6r av mig\" is not a forward-looking close", text: "Hej Anders,\n\nFörlåt att jag hör av mig så sent. Tack för intervjun i måndags om tjänsten som lagerarbetare. Jag är fortfarande mycket intresserad av tjänsten.\n\n[[Med vänlig hälsning]]\nRoger" },
    {
      note: 'a sign-off alone',
      text: 'Hej Lova,\n\nTack för intervjun i tisdags om tjänsten som HR-assistent. Jag är mycket intresserad av tjänsten.\n\n[[Vänliga hälsningar]]\nMaja',
    },
    {
      note: 'no sign-off: the last line',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Jesper,\nTack för samtalet i dag om tjänsten som supporttekniker.\n[[Jag är mycket intresserad av tjänsten.]]',
    },
    {
      note: 'Mvh and a name',
      text: 'Hej Sanna,\n\nTack för intervjun i fredags om tjänsten som ekonom. Jag är fortfarande mycket intresserad.\n\n[[Mvh]]\nViktor Öberg',
    },
    {
      note: '"Tack igen" is a sign-off, not a forward-looking close',
      text: 'Hej Elsa,\n\nTack för ett trevligt samtal om tjänsten som projektsamordnare. Jag är fortfarande mycket intresserad.\n\n[[Tack igen!]]\nGustav',
    },
  ],
} satisfies RuleTable;
