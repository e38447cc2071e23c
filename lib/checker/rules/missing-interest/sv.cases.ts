import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interest, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'mycket intresserad av tjänsten',
      text: 'Hej Vera,\n\nTack för intervjun i dag. Jag är mycket intresserad av tjänsten som kock.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nTor',
    },
    {
      note: 'looking forward to starting',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Alex,\nTack för samtalet i dag om tjänsten som säljare. Jag ser verkligen fram emot att få börja hos er.\nHälsningar\nMira',
    },
    {
      note: 'would like to be part of the team',
      text: 'Hej Linn,\n\nTack för intervjun i onsdags om tjänsten som grafisk formgivare. Jag skulle gärna vilja bli en del av ert team.\n\nMed vänlig hälsning\nOlof',
    },
    {
      note: 'plain "jag är intresserad"',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Nadia,\nTack för samtalet i dag om tjänsten som ekonomiassistent. Jag är intresserad och hör gärna av mig om något är oklart.\nHälsningar\nPia',
    },
    {
      note: 'my interest has grown',
      text: 'Hej Kerstin,\n\nTack för intervjun i går. Samtalet har stärkt mitt intresse för tjänsten som ingenjör.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nHugo',
    },
  ],
  invalid: [
    {
      note: 'thanks, but no interest shown',
      text: '[[Hej Vera,]]\n\nTack för intervjun i dag om tjänsten som kock. Det var intressant att höra om ert kök.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nTor',
    },
    {
      note: 'asks about pay only',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hej Alex,]]\nTack för samtalet i dag om tjänsten som säljare. Jag skulle vilja veta mer om lönen.\nHälsningar\nMira',
    },
    {
      note: 'a negated interest is no interest',
      text: '[[Hej Oliver,]]\n\nTack för intervjun i går om tjänsten som lagerchef. Efter att ha tänkt över saken är jag inte intresserad av att gå vidare.\n\nVänliga hälsningar\nEbbe',
    },
    {
      note: 'one-line draft',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Tack för intervjun i går om jobbet som vaktmästare, Linn.]]',
    },
  ],
} satisfies RuleTable;
