import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// late-follow-up, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'sent the same day',
      text: 'Hej Johanna,\n\nTack för intervjun i dag om tjänsten som kommunikatör.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara',
      interviewDate: '2024-05-14T10:00:00+02:00',
      now: '2024-05-14T17:30:00+02:00',
    },
    {
      note: 'no interview date known',
      text: 'Hej Johanna,\n\nTack för intervjun om tjänsten som kommunikatör.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara',
    },
    {
      note: 'just under 24 hours',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Magnus,\nTack för telefonintervjun i går om tjänsten som supportspecialist.\nHälsningar\nElin',
      interviewDate: '2024-03-04T09:00:00+01:00',
      now: '2024-03-05T08:30:00+01:00',
    },
  ],
  invalid: [
    {
      note: 'more than 48 hours',
      text: '[[Hej Johanna,]]\n\nTack för intervjun i förra veckan om tjänsten som kommunikatör.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara',
      interviewDate: '2024-05-14T10:00:00+02:00',
      now: '2024-05-20T09:00:00+02:00',
    },
    {
      note: 'between 24 and 48 hours',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hej Magnus,]]\nTack för telefonintervjun i förrgår om tjänsten som supportspecialist.\nHälsningar\nElin',
      interviewDate: '2024-03-04T09:00:00+01:00',
      now: '2024-03-05T20:00:00+01:00',
    },
    {
      note: 'first non-empty line, trimmed',
      text: '\n\n  [[God morgon Karin,]]\n\nFörlåt att jag hör av mig först nu, och tack för intervjun om tjänsten som undersköterska.\n\nVänliga hälsningar\nAmina',
      interviewDate: '2024-09-02T13:00:00+02:00',
      now: '2024-09-09T08:00:00+02:00',
    },
  ],
} satisfies RuleTable;
