import type { RuleTable } from '@/tests/unit/cases/types';

// generic-greeting, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    { text: 'Hei Kari,\n\nTakk for intervjuet i går om stillingen som miljøarbeider.\n\nVennlig hilsen\nAnders' },
    {
      note: 'a formal greeting with a title and name',
      text: 'Kjære fru Hansen,\n\nTakk for samtalen om stillingen som sekretær.\n\nMed vennlig hilsen\nMarit',
    },
    {
      note: 'a name alone on the first line',
      surface: 'message',
      platform: 'linkedin',
      text: 'Ingrid,\ntakk for telefonintervjuet i dag om stillingen som sykepleier.\nHilsen Kjersti',
    },
    {
      note: 'good morning with a name',
      text: 'God morgen, Per Olav!\n\nTakk for jobbintervjuet i går. Jeg er svært interessert.\n\nVennlig hilsen\nLise',
    },
    {
      note: 'posts are not checked',
      surface: 'post',
      platform: 'facebook',
      text: 'Takk for intervjuet i dag, Bakeriet på Torget!',
    },
  ],
  invalid: [
    {
      note: 'impersonal opening',
      text: '[[Til rette vedkommende]],\n\nTakk for intervjuet i forrige uke om stillingen som regnskapsfører.\n\nVennlig hilsen\nEspen',
    },
    {
      note: 'greeting to a group',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hei alle sammen]]!\nTakk for intervjuet i dag om stillingen som barnehagelærer.\nHilsen Maja',
    },
    {
      note: 'a greeting word with no name',
      text: '[[Hei!]]\n\nTakk for intervjuet i går om stillingen som kokk.\n\nVennlig hilsen\nFredrik',
    },
    {
      note: 'no greeting at all',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Takk for en fin samtale i går om vikariatet som miljøterapeut.]]\nJeg gleder meg til å høre fra dere.\nMvh\nSander',
    },
    {
      note: 'the hiring committee is not a person',
      text: '[[Kjære ansettelsesutvalg]],\n\nTakk for intervjuet om stillingen som rektor.\n\nMed vennlig hilsen\nBerit',
    },
    {
      note: 'a title without a name',
      text: '[[Kjære herr eller fru]],\n\nTakk for samtalen om stillingen som controller.\n\nVennlig hilsen\nTrine',
    },
  ],
} satisfies RuleTable;
