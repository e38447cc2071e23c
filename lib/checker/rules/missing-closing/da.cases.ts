import type { RuleTable } from '@/tests/unit/cases/types';

// missing-closing, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Kære Pia Lauridsen\n\nTak for samtalen i dag om stillingen som bibliotekar.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nAsger Bundgaard',
    },
    {
      note: 'glæder mig til',
      surface: 'message',
      text: 'Hej Pia\nTak for samtalen i dag om stillingen som bibliotekar. Jeg glæder mig til at høre, hvordan det går videre.\nMvh\nAsger',
    },
    {
      note: 'an offer to help',
      text: 'Kære Pia Lauridsen\n\nTak for samtalen i dag om stillingen som bibliotekar. Du er meget velkommen til at kontakte mig, hvis du har flere spørgsmål.\n\nVenlig hilsen\nAsger Bundgaard',
    },
    {
      note: 'closings only matter on e-mails and messages',
      surface: 'post',
      platform: 'facebook',
      text: 'Tak til Pia for jobsamtalen om stillingen som bibliotekar i dag.',
    },
  ],
  invalid: [
    {
      note: 'a sign-off alone is not a close',
      text: 'Kære Pia Lauridsen\n\nTak for samtalen i dag om stillingen som bibliotekar. Jeg er meget interesseret.\n\n[[Venlig hilsen]]\nAsger Bundgaard',
    },
    {
      note: 'no sign-off: the last line',
      surface: 'message',
      text: 'Hej Pia\nTak for samtalen i dag om stillingen som bibliotekar.\n[[Jeg er meget interesseret i jobbet.]]',
    },
    {
      note: 'Mvh. with a name on the same line',
      surface: 'message',
      text: 'Hej Pia\nTak for samtalen i dag om stillingen som bibliotekar. Jeg er meget interesseret.\n[[Mvh. Asger]]',
    },
  ],
} satisfies RuleTable;
