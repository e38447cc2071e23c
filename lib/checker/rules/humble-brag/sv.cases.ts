import type { RuleTable } from '@/tests/unit/cases/types';

// humble-brag, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    { note: "sharing thoughts in a private e-mail is not an announcement", text: "Hej Karin,\n\nTack för intervjun i går om tjänsten som projektledare. Jag vill dela med mig av några tankar om ert planeringsverktyg, och jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara" },
    { note: 'an interview told in a private e-mail is not an announcement', text: "Hej Mette,\n\nTack för intervjun idag om tjänsten som bagare och för rundvisningen i bageriet. Jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSam Lind" },
    {
      note: 'a plain thank-you to the interviewer',
      text: 'Hej Camilla,\n\nTack för intervjun i onsdags om tjänsten som copywriter. Det var spännande att höra om vårkampanjen, och jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nNoah Berg',
    },
    {
      note: '"ta en titt på min portfolio" is not "titta på mig"',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Jonna,\nTack för intervjun i eftermiddags om tjänsten som illustratör. Om du har tid får du gärna ta en titt på min portfolio via länken nedan.\nHälsningar\nMia',
    },
    {
      note: 'gratitude to the interviewer is not an announcement',
      text: 'Hej Björn,\n\nJag är tacksam för att du tog dig tid att intervjua mig för lärlingsplatsen som elektriker. Besöket i verkstaden var lärorikt och jag hoppas att vi hörs snart.\n\nMed vänlig hälsning\nAron Lind',
    },
    {
      note: 'glad to be interviewed, told to the interviewer',
      text: 'Hej Stina,\n\nTack för att jag fick komma på intervju hos er i går om tjänsten som receptionist. Jag är glad att jag fick träffa hela teamet.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nEmil',
    },
  ],
  invalid: [
    { note: 'announcing the interview on a public post', surface: 'post', platform: 'linkedin', text: "[[Idag har jag varit på anställningsintervju hos Bageriet]] Kornblomman för tjänsten som bagare. Tack till Mette för rundvisningen!" },
    {
      note: 'announcement and hashtags on a post',
      surface: 'post',
      platform: 'linkedin',
      text: '[[Stora nyheter]]: jag [[har precis haft en intervju hos Nordvind]] Logistik för tjänsten som driftsanalytiker! Tack, Priya, för ett givande samtal. [[#välsignad]] [[#drömjobb]]',
    },
    {
      note: 'in your face',
      surface: 'comment',
      platform: 'facebook',
      text: 'Tack, Linnea Lund, för intervjun i dag. [[In your face]], alla som sa att jag aldrig skulle bli kallad till Vireo! [[#winning]]',
    },
    {
      note: 'boasting inside an e-mail to the interviewer',
      text: 'Hej Tomas,\n\nTack för intervjun i måndags om tjänsten som säljare. Jag sa till mina vänner att jag [[spikade intervjun]], och jag är mycket intresserad av tjänsten.\n\nVänliga hälsningar\nKristoffer',
    },
    {
      note: 'pride in telling, and fingers crossed',
      surface: 'post',
      platform: 'linkedin',
      text: '[[Så stolt att kunna berätta]] att jag har [[varit på intervju hos Kobolt]] Studio för tjänsten som motion designer! Tack till rekryteringsgruppen, och nu [[håller jag tummarna]].',
    },
    {
      note: 'wish me luck',
      surface: 'post',
      platform: 'facebook',
      text: 'Andra intervjun på Lönnskolan avklarad i dag. Tack, Eva Ek! [[Önska mig lycka till]] [[#intervjudags]]',
    },
  ],
} satisfies RuleTable;
