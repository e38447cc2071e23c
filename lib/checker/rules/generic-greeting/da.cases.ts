import type { RuleTable } from '@/tests/unit/cases/types';

// generic-greeting, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Kære Mads Winther\n\nTak for samtalen i dag om stillingen som eksportkoordinator.\n\nVenlig hilsen\nAnders Holm',
    },
    {
      note: 'a name with a title',
      text: 'Kære hr. Jensen\n\nTak for samtalen i dag om stillingen som eksportkoordinator.\n\nVenlig hilsen\nAnders Holm',
    },
    {
      note: 'only the name',
      surface: 'message',
      text: 'Camilla,\ntak for videosamtalen i formiddags om stillingen som backend-udvikler. Jeg er meget interesseret.\nMvh\nRasmus',
    },
    {
      note: 'greetings only matter on e-mails and messages',
      surface: 'post',
      platform: 'facebook',
      text: 'Til rette vedkommende: tak for jobsamtalen i dag hos Nordhavn Arkitekter.',
    },
  ],
  invalid: [
    {
      text: '[[Til rette vedkommende]]\n\nTak for samtalen i torsdags om stillingen som lagermedarbejder. Jeg er meget interesseret.\n\nMed venlig hilsen\nKasper Lund',
    },
    {
      text: '[[Kære ansættelsesudvalg]]\n\nTak for samtalen i går om stillingen som skoleleder.\n\nVenlig hilsen\nHelle Storm',
    },
    {
      note: 'a greeting word with no name',
      surface: 'message',
      text: '[[Hej med dig]]\nTak for samtalen i går om stillingen som kok. Jeg er meget interesseret.\nMvh\nAli',
    },
    {
      note: 'no greeting at all',
      text: '[[Tak for samtalen i går om stillingen som kok.]]\nJeg er meget interesseret.\n\nVenlig hilsen\nAli Yilmaz',
    },
    {
      note: 'a title without a name',
      text: '[[Kære Hr./Fru]]\n\nTak for samtalen i går om stillingen som kok.\n\nVenlig hilsen\nAli Yilmaz',
    },
  ],
} satisfies RuleTable;
