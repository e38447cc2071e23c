import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// public-post, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a personal e-mail may greet everyone on the team: audience words only count on unknown surfaces',
      text: 'Hej Helena,\n\nTack för intervjun i går om tjänsten som konditor. Hälsa gärna till alla i bageriet som visade mig runt, och tack till er alla för ett varmt mottagande.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nIsa Granlund',
    },
    {
      note: 'a direct LinkedIn message',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Markus,\nTack för samtalet i morse om tjänsten som dataingenjör. Jag är mycket intresserad av att bli en del av ert plattformsteam.\nMed vänlig hälsning\nLena',
    },
    {
      note: 'unknown surface, addressed to one person',
      surface: 'unknown',
      platform: 'other',
      text: 'Hej Per,\n\nTack för intervjun i måndags om jobbet som underhållstekniker. Det var roligt att få se fabriken.\n\nVänliga hälsningar\nOskar Holm',
    },
    {
      note: 'a connection note is private',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hej Dana, tack för intervjun i dag om tjänsten som analytiker. Jag uppskattade vårt samtal om prognoser.',
    },
  ],
  invalid: [
    {
      note: 'thanks posted on the company page',
      surface: 'post',
      platform: 'linkedin',
      text: '[[Tack till teamet på Ljusvatten Energi för en fantastisk intervju i går!]]\nJag tyckte mycket om att träffa nätplaneringsgruppen och är mycket intresserad av tjänsten som ingenjör.',
    },
    {
      note: 'a comment on the company wall, first line only',
      surface: 'comment',
      platform: 'facebook',
      text: '[[Kära Hamnbageriet, det var så härligt att få tillbringa förmiddagen i ert bageri under min intervju!]]\nTack för det varma mottagandet, jag hoppas att jag snart får bli en del av ert team.',
    },
    {
      note: 'first non-empty line, trimmed',
      surface: 'post',
      platform: 'facebook',
      text: '\n  [[Tack igen för intervjun, Rakel!]]  \nPersonalen i butiken var underbar och jag skulle gärna vilja jobba hos er.',
    },
    {
      note: 'unknown surface: every phrase that addresses an audience',
      surface: 'unknown',
      platform: 'other',
      text: 'Ett stort tack [[till er alla]] på Solbacka förskola för intervjun i tisdags. Jag är mycket intresserad av tjänsten som förskollärare. [[#förskola]] [[#öppenförjobb]]',
    },
    {
      note: 'unknown surface: network and followers',
      surface: 'unknown',
      platform: 'other',
      text: 'En kort uppdatering till [[mitt nätverk]]: tack, Norrlandia Vård, för intervjun om tjänsten som undersköterska. Jag hoppas att [[mina följare]] önskar mig lycka till.',
    },
  ],
} satisfies RuleTable;
