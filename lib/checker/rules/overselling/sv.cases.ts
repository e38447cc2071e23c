import type { RuleTable } from '@/tests/unit/cases/types';

// overselling, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a concrete, modest reason to hire',
      text: 'Hej Jenny,\n\nTack för intervjun i går om tjänsten som ekonomiassistent. Min erfarenhet av budgetuppföljning skulle kunna hjälpa ert team inför årsskiftet.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlma',
    },
    {
      note: '"den bästa lösningen" is not about the writer',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Leo,\nTack för samtalet i dag om tjänsten som systemadministratör. Jag har funderat vidare på vad som kan vara den bästa lösningen för er backup och skickar gärna några idéer.\nHälsningar\nNils',
    },
    {
      note: 'saying one fits well is fine',
      text: 'Hej Maja,\n\nTack för intervjun i torsdags. Jag tror att min bakgrund inom vården passar bra för tjänsten som vårdadministratör.\n\nJag ser fram emot att höra från dig.\n\nMed vänlig hälsning\nEdvin',
    },
  ],
  invalid: [
    {
      note: 'the best candidate',
      text: 'Hej Jenny,\n\nTack för intervjun i går om tjänsten som ekonomiassistent. [[Jag är den bästa kandidaten för tjänsten]], det är jag säker på.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlma',
    },
    {
      note: 'no one else can',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Leo,\nTack för samtalet i dag om tjänsten som systemadministratör. [[Ingen annan kan göra det bättre än jag]].\nHälsningar\nNils',
    },
    {
      note: 'you will never find anyone better',
      text: 'Hej Maja,\n\nTack för intervjun i torsdags om tjänsten som vårdadministratör. [[Ni kommer aldrig att hitta någon bättre]], så det är bara att ringa mig.\n\nMed vänlig hälsning\nEdvin',
    },
    {
      note: 'rock star and a guarantee',
      text: 'Hej Åsa,\n\nTack för intervjun om tjänsten som controller. Jag är en riktig [[rockstjärna]] på kalkylblad och [[jag garanterar]] resultat från första dagen.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nMilo',
    },
    {
      note: 'you will find no one better',
      text: 'Hej Göran,\n\nTack för intervjun i måndags om tjänsten som revisor. Jag är övertygad om att [[ni hittar ingen bättre]].\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nTilda',
    },
    {
      note: 'cut out for the job',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Stefan,\nTack för intervjun i dag. Jag är [[som klippt och skuren för tjänsten]] som butikschef.\nHälsningar\nIda',
    },
  ],
} satisfies RuleTable;
