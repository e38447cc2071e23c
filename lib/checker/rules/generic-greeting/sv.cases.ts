import type { RuleTable } from '@/tests/unit/cases/types';

// generic-greeting, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'ett namn med liten bokstav är fortfarande ett namn',
      text: 'hej signe!\n\nTack för intervjun i går om tjänsten som lagerarbetare.\n\nVänliga hälsningar\nBen',
    },
    {
      note: 'Hej + name',
      text: 'Hej Okoro,\n\nTack för intervjun i tisdags om tjänsten som ekonomiassistent.\n\nVänliga hälsningar\nBen',
    },
    {
      note: 'Bästa + full name',
      text: 'Bästa Anna Berg,\n\nTack för ett givande samtal i går om tjänsten som projektledare.\n\nJag ser fram emot att höra från dig.\n\nMed vänlig hälsning\nKarl',
    },
    {
      note: 'a name line without a greeting word',
      surface: 'message',
      platform: 'linkedin',
      text: 'Ingrid,\ntack för intervjun i dag om tjänsten som redovisningsekonom. Jag är mycket intresserad.\nHälsningar\nLars',
    },
    {
      note: 'God morgon + name',
      text: 'God morgon Per!\n\nTack för intervjun i går om jobbet som snickare.\n\nJag ser fram emot att höra från dig.\n\nHälsningar\nAli',
    },
    {
      note: 'a title before the name',
      text: 'Kära fru Lindqvist,\n\nTack för intervjun i onsdags om tjänsten som skolsköterska.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara',
    },
  ],
  invalid: [
    {
      note: 'till berörd person',
      text: '[[Till berörd person]],\n\nTack för intervjun i tisdags om tjänsten som ekonomiassistent. Jag är mycket intresserad av tjänsten.\n\nVänliga hälsningar\nBen Adler',
    },
    {
      note: 'a greeting word and no name',
      text: '[[Hej!]]\n\nTack för intervjun i går om tjänsten som kundtjänstmedarbetare. Det var intressant att höra om ert arbete.\n\nMvh\nErik',
    },
    {
      note: 'hej alla',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hej alla]],\nTack för panelintervjun i går om tjänsten som UX-designer. Jag är mycket intresserad.\nHälsningar\nKim',
    },
    {
      note: 'bästa rekryteringsgrupp',
      text: '[[Bästa rekryteringsgrupp]],\n\nTack för intervjun i måndags om tjänsten som controller.\n\nJag ser fram emot att höra från er.\n\nVänliga hälsningar\nLisa',
    },
    {
      note: 'no greeting at all',
      text: '[[Tack för intervjun i går om tjänsten som systemutvecklare.]]\nJag är mycket intresserad och ser fram emot att höra från dig.\n\nVänliga hälsningar\nOla',
    },
    {
      note: 'greeting followed by a word that is no name',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hej igen!]]\nTack för intervjun i dag om jobbet som lagerarbetare. Jag är mycket intresserad.\nHälsningar\nRobin',
    },
    {
      note: 'till den det berör',
      text: '[[Till den det berör]],\n\nTack för intervjun förra veckan om tjänsten som tandsköterska.\n\nJag ser fram emot att höra från er.\n\nVänliga hälsningar\nMira',
    },
  ],
} satisfies RuleTable;
