import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interest, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Kære Jens Borup\n\nTak for samtalen i går om stillingen som maskinmester. Jeg er meget interesseret.\n\nVenlig hilsen\nFrederik Lund',
    },
    {
      note: 'would like to be part of the team',
      text: 'Kære Jens Borup\n\nTak for samtalen i går om stillingen som maskinmester. Jeg vil rigtig gerne være en del af jeres team på værftet.\n\nVenlig hilsen\nFrederik Lund',
    },
    {
      note: 'the role sounds right',
      surface: 'message',
      text: 'Hej Jens\nTak for samtalen i går. Jobbet som maskinmester lyder som det rette næste skridt for mig.\nMvh\nFrederik',
    },
    {
      note: 'motivated',
      text: 'Kære Jens Borup\n\nTak for samtalen i går om stillingen. Efter vores snak er jeg endnu mere motiveret for opgaverne på værftet.\n\nVenlig hilsen\nFrederik Lund',
    },
  ],
  invalid: [
    {
      text: '[[Kære Jens Borup]]\n\nTak for samtalen i går om stillingen som maskinmester. Det var godt at se maskinrummet.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nFrederik Lund',
    },
    {
      surface: 'message',
      text: '[[Hej Jens]]\nTak for jobsamtalen i formiddags. Jeg sender de certifikater, du bad om, i aften.\nMvh\nFrederik',
    },
    {
      text: '[[Tak for samtalen om stillingen som maskinmester i går.]]\nJeg glæder mig til at høre fra jer.\n\nVenlig hilsen\nFrederik Lund',
    },
  ],
} satisfies RuleTable;
