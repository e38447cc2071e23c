import type { RuleTable } from '@/tests/unit/cases/types';

// missing-thanks, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Kære Jonas Kirk\n\nMange tak for samtalen i dag om stillingen som elektriker. Jeg er meget interesseret.\n\nVenlig hilsen\nKasper Holt',
    },
    {
      note: 'gratitude without the word tak',
      text: 'Kære Jonas Kirk\n\nJeg satte stor pris på jobsamtalen i dag og på rundvisningen på værkstedet. Jeg er meget interesseret i stillingen.\n\nVenlig hilsen\nKasper Holt',
    },
    {
      note: 'taknemmelig',
      text: 'Kære Jonas Kirk\n\nJeg er taknemmelig for den tid, du brugte på vores samtale om stillingen som elektriker i går.\n\nVenlig hilsen\nKasper Holt',
    },
    {
      note: 'takker as a verb',
      text: 'Hej Jonas\n\nJeg takker for en god jobsamtale i går og ser frem til at høre fra dig.\n\nMvh\nKasper',
    },
  ],
  invalid: [
    {
      text: '[[Kære Henrik Dahl]]\n\nDet var en fornøjelse at møde dig og Lone til samtalen om stillingen som projektleder. Jeg er fortsat meget interesseret.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nMaria Kjær',
    },
    {
      note: '"kontakt" contains tak but is no thanks',
      surface: 'message',
      text: '[[Hej Louise]]\nJeg vil gerne følge op på jobsamtalen i onsdags om stillingen som personalekonsulent. Du er velkommen til at kontakte mig, hvis du mangler referencer.\nMvh\nJonas',
    },
    {
      note: 'no greeting: the first line is the first sentence',
      text: '[[Jeg skriver for at følge op på vores jobsamtale i går om stillingen som lærer.]]\nJeg er meget interesseret i stillingen.\n\nVenlig hilsen\nSigne',
    },
  ],
} satisfies RuleTable;
