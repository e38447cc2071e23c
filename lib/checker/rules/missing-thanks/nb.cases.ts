import type { RuleTable } from '@/tests/unit/cases/types';

// missing-thanks, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Hei Siri,\n\nTusen takk for intervjuet i går om stillingen som regnskapsmedarbeider. Jeg er fortsatt svært interessert.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nPål Hovland',
    },
    {
      note: 'appreciation without the word takk',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Amir,\nJeg setter stor pris på at du tok deg tid til telefonintervjuet i morges om stillingen som supporttekniker. Jeg er veldig interessert i rollen.\nHilsen Jonas',
    },
    {
      note: 'gratitude as an adjective',
      text: 'Kjære Helene Moe,\n\nJeg er takknemlig for samtalen på fredag om stillingen som kurator ved museet. Det var spennende å høre om den nye utstillingen.\n\nJeg gleder meg til å høre fra deg.\n\nMed vennlig hilsen\nEmil Strand',
    },
  ],
  invalid: [
    {
      note: 'talks about the interview but never thanks',
      text: '[[Hei Kristine,]]\n\nJeg har tenkt mye på intervjuet vårt i går om stillingen som kundekonsulent. Særlig likte jeg å høre om hvordan dere følger opp nye kunder.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nMarius Eide',
    },
    {
      note: 'first line is the opening sentence when there is no greeting',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Jeg ville bare følge opp samtalen vår om stillingen som grafisk designer.]]\nJeg er fortsatt veldig interessert, og legger ved noen nye skisser.\nHilsen Ida',
    },
    {
      note: 'a status e-mail without thanks',
      text: '\n[[Hei Lars Holm,]]\n\nJeg var på intervju hos dere 4. mars om stillingen som prosjektleder, og lurer på hvordan prosessen går.\n\nJeg håper å høre fra deg.\n\nMed vennlig hilsen\nIngrid Vik',
    },
  ],
} satisfies RuleTable;
