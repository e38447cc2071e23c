import type { RuleTable } from '@/tests/unit/cases/types';

// connection-request, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'the process is over: no job',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hej Maria! Jag fick tyvärr inte tjänsten som affärsutvecklare, men tack för ett fint samtal. Jag skulle gärna vilja hålla kontakten här.',
    },
    {
      note: 'the process is over: offer accepted',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hej Jonas! Jag har tackat ja till erbjudandet om tjänsten som lagerchef, så nu blir vi kollegor. Tack för intervjun!',
    },
    {
      note: 'an e-mail is not a connection request',
      text: 'Hej Maria,\n\nTack för intervjun i dag om tjänsten som affärsutvecklare.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nEmma',
    },
    {
      note: 'the recruitment is closed',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hej Ebba, nu när rekryteringen är avslutad vill jag tacka för intervjun och gärna hålla kontakten.',
    },
  ],
  invalid: [
    {
      note: 'a connection note while the process is open',
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Hej Maria! Tack för intervjun i dag om tjänsten som affärsutvecklare. Jag vill gärna hålla kontakten här.]]',
    },
    {
      note: 'first line of a multi-line note',
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Hej Jonas!]]\nTack för samtalet om tjänsten som lagerchef. Jag är mycket intresserad och ser fram emot att höra från dig.',
    },
    {
      note: '"tackar ja" to a later offer is not the process being over',
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Hej Ebba!]]\nTack för intervjun i går. Om ni erbjuder mig tjänsten som kock tackar jag gärna ja.',
    },
  ],
} satisfies RuleTable;
