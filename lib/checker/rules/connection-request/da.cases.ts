import type { RuleTable } from '@/tests/unit/cases/types';

// connection-request, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'the process is over',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hej Trine, tak for samtalen om stillingen som UX-designer. Jeg fik desværre ikke jobbet, men jeg vil gerne holde kontakten.',
    },
    {
      note: 'accepted the offer',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hej Trine, jeg har takket ja til stillingen og glæder mig til at blive jeres nye kollega. Lad os forbinde her.',
    },
    {
      note: 'a LinkedIn message is not an invitation',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Trine\nTak for samtalen i går om stillingen som UX-designer. Jeg er meget interesseret.\nMvh\nJakob',
    },
  ],
  invalid: [
    {
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Hej Trine, tak for samtalen i går om stillingen som UX-designer. Jeg vil gerne forbinde med dig her.]]',
    },
    {
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Tak for en god jobsamtale, Trine!]]\nJeg håber, vi ses igen snart.',
    },
    {
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Kære Trine Bak]]\nTak for jobsamtalen i tirsdags. Jeg er fortsat interesseret i stillingen og vil gerne være en del af dit netværk.',
    },
  ],
} satisfies RuleTable;
