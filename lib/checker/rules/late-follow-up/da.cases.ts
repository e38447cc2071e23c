import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// late-follow-up, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'the same day',
      interviewDate: '2024-05-13T10:00:00+02:00',
      now: '2024-05-13T16:00:00+02:00',
      text: 'Kære Susanne Dahl\n\nTak for samtalen i dag om stillingen som sygeplejerske.\n\nVenlig hilsen\nLine Mortensen',
    },
    {
      note: 'just under 24 hours',
      interviewDate: '2024-05-13T10:00:00+02:00',
      now: '2024-05-14T09:30:00+02:00',
      text: 'Kære Susanne Dahl\n\nTak for samtalen i går om stillingen som sygeplejerske.\n\nVenlig hilsen\nLine Mortensen',
    },
    {
      note: 'no interview date: nothing to measure',
      text: 'Kære Susanne Dahl\n\nTak for samtalen om stillingen som sygeplejerske.\n\nVenlig hilsen\nLine Mortensen',
    },
  ],
  invalid: [
    {
      note: 'more than 48 hours',
      interviewDate: '2024-05-13T10:00:00+02:00',
      now: '2024-05-17T12:00:00+02:00',
      text: '[[Kære Susanne Dahl]]\n\nTak for samtalen i mandags om stillingen som sygeplejerske. Jeg beklager, at min tak først kommer nu.\n\nVenlig hilsen\nLine Mortensen',
    },
    {
      note: 'between 24 and 48 hours',
      interviewDate: '2024-05-13T10:00:00+02:00',
      now: '2024-05-14T18:00:00+02:00',
      text: '[[Kære Susanne Dahl]]\n\nTak for samtalen i går om stillingen som sygeplejerske.\n\nVenlig hilsen\nLine Mortensen',
    },
    {
      note: 'a message a week later',
      surface: 'message',
      interviewDate: '2024-05-06T09:00:00+02:00',
      now: '2024-05-13T09:00:00+02:00',
      text: '[[Hej Susanne, undskyld den sene besked.]]\nTak for jobsamtalen i sidste uge. Jeg er stadig meget interesseret i stillingen.\nMvh\nLine',
    },
  ],
} satisfies RuleTable;
