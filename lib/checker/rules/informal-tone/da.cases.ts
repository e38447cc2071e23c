import type { RuleTable } from '@/tests/unit/cases/types';

// informal-tone, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Kære Sofie Winther\n\nTak for samtalen i går om stillingen som SoMe-koordinator. Det var spændende at høre om jeres planer, og jeg er meget interesseret i jobbet.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nIda Skov',
    },
    {
      note: 'the polite du and an acronym are fine',
      surface: 'message',
      text: 'Hej Sofie\nTak for samtalen i går. Du nævnte, at jeres ERP-system skal skiftes i år, og jeg har erfaring med netop det. Jeg er meget interesseret i stillingen.\nMvh\nIda',
    },
    {
      note: 'a single exclamation mark',
      text: 'Kære Sofie Winther\n\nTak for en rigtig god jobsamtale i går! Jeg er meget interesseret i stillingen.\n\nVenlig hilsen\nIda Skov',
    },
  ],
  invalid: [
    {
      surface: 'message',
      text: 'Hej Sofie[[!!]]\n\nTak for i går, det var [[vildt]] hyggeligt at snakke med jer [[😄]] Jeres kontor er [[mega]] [[fedt]], og jeg er [[helt vild med]] jobbet som SoMe-koordinator[[!!]]\n\n[[Knus]]\nIda',
    },
    {
      text: 'Kære Sofie Winther\n\nTak for jobsamtalen i går, den var [[sindssygt]] god. Jeg er [[VIRKELIG]] interesseret i stillingen [[🙏🙏]]\n\nVenlig hilsen\nIda',
    },
    {
      surface: 'message',
      text: '[[Heyy]] Sofie, [[1000 tak]] for samtalen om stillingen [[haha]]. Jeg håber, I ringer snart[[??]]\nMvh Ida',
    },
  ],
} satisfies RuleTable;
