import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// public-post, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a personal e-mail may mention everyone in the kitchen: audience words only count on unknown surfaces',
      text: 'Kære Birthe Holm\n\nTak for jobsamtalen i går om stillingen som konditor. Hils gerne alle sammen i køkkenet og tak, fordi de viste mig rundt.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nIda Grønlund',
    },
    {
      note: 'a direct LinkedIn message',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Martin\nTak for samtalen i formiddags om stillingen som dataingeniør. Jeg er meget interesseret i at blive en del af jeres platformsteam.\nMvh\nLærke',
    },
    {
      note: 'unknown surface, addressed to one person',
      surface: 'unknown',
      platform: 'other',
      text: 'Kære Per Vestergaard\n\nTak for jobsamtalen i mandags om stillingen som servicetekniker. Jeg var glad for rundvisningen på fabrikken.\n\nVenlig hilsen\nOle Hansen',
    },
    {
      note: 'a connection note is private',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hej Per, tak for samtalen om stillingen som servicetekniker. Nu hvor rekrutteringen er afsluttet, vil jeg gerne holde kontakten.',
    },
  ],
  invalid: [
    {
      note: 'a thank-you posted on the company page',
      surface: 'post',
      platform: 'facebook',
      text: '[[Tusind tak til alle hos Nordlys Design for en rigtig god jobsamtale i går!]]\nDet var spændende at se jeres nye studie, og jeg håber at blive en del af jeres team.',
    },
    {
      note: 'a comment under the company post',
      surface: 'comment',
      platform: 'linkedin',
      text: '[[Tak for en dejlig samtale om stillingen som projektleder, Jesper og Hanne!]]\nJeg er stadig meget interesseret.',
    },
    {
      note: 'unknown surface: words that speak to an audience',
      surface: 'unknown',
      platform: 'other',
      text: 'Hej [[alle sammen]]! Tak til Kystbryg for jobsamtalen i dag, jeg glæder mig til forhåbentlig at blive en del af holdet [[#jobsamtale]] [[#nytjob]]',
    },
    {
      note: 'unknown surface: followers and network',
      surface: 'unknown',
      platform: 'other',
      text: '[[Kære følgere]] og [[hele mit netværk]]: i dag var jeg til jobsamtale hos Vestkysten Energi. Tak til Mette for en god snak om stillingen!',
    },
  ],
} satisfies RuleTable;
