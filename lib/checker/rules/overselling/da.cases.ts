import type { RuleTable } from '@/tests/unit/cases/types';

// overselling, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Kære Birgitte Mørk\n\nTak for samtalen i går om stillingen som salgschef. Sidste år øgede mit team omsætningen med 40 procent, og jeg vil gerne bidrage med den erfaring hos jer.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nNikolaj Friis',
    },
    {
      note: 'modest: not the only candidate',
      text: 'Kære Birgitte Mørk\n\nTak for samtalen i går. Jeg ved, at der er mange dygtige kandidater til stillingen, og jeg håber, at min erfaring fra detailsalg kan gøre en forskel.\n\nVenlig hilsen\nNikolaj Friis',
    },
    {
      text: 'Kære Birgitte Mørk\n\nTak for samtalen i går om stillingen som salgschef. Vi talte om den bedste løsning for jeres kunder i Norge, og jeg har et par idéer.\n\nVenlig hilsen\nNikolaj Friis',
    },
  ],
  invalid: [
    {
      text: 'Kære Birgitte Mørk\n\nTak for samtalen i går om stillingen som salgschef. [[Jeg er den bedste kandidat]], I kommer til at møde. [[Ingen andre kan]] levere resultater som mine, og [[jeg er perfekt til rollen]].\n\nVenlig hilsen\nNikolaj Friis',
    },
    {
      text: 'Kære Birgitte Mørk\n\nTak for jobsamtalen. Lad os være ærlige: I [[finder ikke nogen bedre]], og [[I har brug for mig]]. [[Ansæt mig]], så [[garanterer]] jeg resultater.\n\nVenlig hilsen\nNikolaj Friis',
    },
    {
      surface: 'message',
      text: 'Hej Birgitte\nTak for samtalen om stillingen. Jeg er en ægte [[rockstjerne]] inden for salg og et [[perfekt match]] for jobbet.\nMvh\nNikolaj',
    },
  ],
} satisfies RuleTable;
