import type { RuleTable } from '@/tests/unit/cases/types';

// missing-closing, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Hei Bente,\n\nTakk for intervjuet i dag om stillingen som renholder.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nRuth',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Kenneth,\nTakk for samtalen om stillingen som mekaniker. Jeg gleder meg til å høre fra deg.\nHilsen Ola',
    },
    {
      note: 'an invitation to get in touch',
      text: 'Hei Sigrid,\n\nTakk for intervjuet om stillingen som kommunikasjonsrådgiver. Ta gjerne kontakt hvis du trenger flere arbeidsprøver.\n\nMed vennlig hilsen\nVilde',
    },
    {
      note: 'hoping to hear back',
      text: 'Hei Øystein,\n\nTakk for intervjuet om stillingen som snekker. Jeg håper å høre fra deg snart.\n\nMvh\nKnut',
    },
    {
      note: 'waiting eagerly for an answer',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Tor Arne,\nTakk for praten om stillingen som elektriker. Jeg venter spent på svar.\nMvh\nRobin',
    },
    {
      note: 'not checked on posts',
      surface: 'post',
      platform: 'linkedin',
      text: 'Takk for intervjuet om stillingen som designer, Nina!',
    },
  ],
  invalid: [
    {
      note: 'a sign-off alone is not a close',
      text: 'Hei Arne,\n\nTakk for intervjuet i går om stillingen som vaktmester. Jeg er svært interessert.\n\n[[Vennlig hilsen]]\nKaren',
    },
    {
      note: 'short sign-off',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Sofie,\nTakk for samtalen om stillingen som fysioterapeut.\n[[Mvh]]\nEirik',
    },
    {
      note: 'no sign-off: the last line',
      text: 'Hei Linda,\n\nTakk for intervjuet om stillingen som sykepleier. Jeg er veldig interessert.\n\n[[Marte Lien]]',
    },
    {
      note: 'sign-off and name on one line',
      text: 'Hei Harald,\n\nTakk for jobbintervjuet på fredag. Jeg er fortsatt svært interessert i stillingen.\n\n[[Hilsen Marte]]',
    },
  ],
} satisfies RuleTable;
