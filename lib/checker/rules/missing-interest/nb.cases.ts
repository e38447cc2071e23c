import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interest, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Hei Randi,\n\nTakk for intervjuet om stillingen som bibliotekar. Jeg er fortsatt svært interessert i stillingen.\n\nVennlig hilsen\nEva',
    },
    {
      note: 'wanting to contribute',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Kristoffer,\nTakk for samtalen om stillingen som frontendutvikler. Jeg har veldig lyst til å jobbe med designsystemet deres.\nHilsen Jens',
    },
    {
      note: 'the role sounds exciting',
      text: 'Hei Bodil,\n\nTakk for intervjuet i går om stillingen som fagleder. Etter samtalen vår virker stillingen enda mer spennende, og jeg ser frem til å høre fra deg.\n\nVennlig hilsen\nMagnus',
    },
    {
      note: 'looking forward to contributing',
      text: 'Hei Trude,\n\nTakk for jobbintervjuet om stillingen som kokk. Jeg gleder meg til å bidra på kjøkkenet deres.\n\nMvh\nAlf',
    },
  ],
  invalid: [
    {
      note: 'thanks, reference and close, but no interest',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hei Gry,]]\nTakk for intervjuet i går om stillingen som bussjåfør. Det var fint å se anlegget og høre om de nye elbussene.\nJeg ser frem til å høre fra deg.\nVennlig hilsen\nKnut',
    },
    {
      note: 'first line without greeting',
      text: '[[Takk for samtalen i går om stillingen som økonomisjef.]]\n\nVedlagt er referansene vi snakket om.\n\nVennlig hilsen\nGunhild',
    },
    {
      note: 'a status e-mail without interest',
      text: '[[Hei Eivind Brekke,]]\n\nTakk igjen for intervjuet om stillingen som elektroingeniør. Jeg lurer på når dere regner med å ta en avgjørelse.\n\nVennlig hilsen\nSigurd',
    },
  ],
} satisfies RuleTable;
