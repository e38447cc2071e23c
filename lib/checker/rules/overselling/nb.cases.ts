import type { RuleTable } from '@/tests/unit/cases/types';

// overselling, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a modest reason why you fit',
      text: 'Hei Leif,\n\nTakk for intervjuet om stillingen som dataanalytiker. Erfaringen min med rapportering i helsesektoren tror jeg kan være nyttig for teamet deres.\n\nJeg ser frem til å høre fra deg.\n\nBeste hilsen\nJulie',
    },
    {
      note: '"den beste måten" is not about the candidate',
      text: 'Hei Terje,\n\nTakk for samtalen om stillingen som lærer. Jeg likte det du sa om at den beste måten å lære på er å prøve selv.\n\nVennlig hilsen\nHelga',
    },
    {
      note: 'a concrete result, no superlatives',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Vibeke,\nTakk for intervjuet i dag om stillingen som selger. I fjor økte jeg salget i distriktet mitt med en femtedel.\nHilsen Tor',
    },
    {
      note: 'praising the employer is not overselling yourself',
      text: 'Hei Nils Erik,\n\nTakk for intervjuet om stillingen som forsker. Dere har et fagmiljø i verdensklasse og en visjonær leder, og jeg er svært interessert i å bidra.\n\nVennlig hilsen\nIngvild',
    },
  ],
  invalid: [
    {
      note: 'the best candidate',
      text: 'Hei Åse,\n\nTakk for intervjuet om stillingen som prosjektleder. [[Jeg er den beste kandidaten for denne stillingen]], og det vet du.\n\nVennlig hilsen\nRoar',
    },
    {
      note: 'nobody else can',
      text: 'Hei Kim,\n\nTakk for samtalen om stillingen som utvikler. Jeg kan levere fra dag én, og [[ingen andre kan]] gjøre jobben like godt.\n\nVennlig hilsen\nAleksander',
    },
    {
      note: 'rock star and you will not find better',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Elin,\nTakk for intervjuet i går om stillingen som regnskapsfører. Jeg er en ekte [[rockestjerne]] i Excel. [[Dere finner ikke noen bedre]] enn meg.\nHilsen Mats',
    },
    {
      note: 'a perfect fit',
      text: 'Hei Unni,\n\nTakk for jobbintervjuet. Jeg [[passer perfekt til]] stillingen, og [[jeg garanterer]] resultater fra første uke.\n\nVennlig hilsen\nSander',
    },
  ],
} satisfies RuleTable;
