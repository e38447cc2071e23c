import type { RuleTable } from '@/tests/unit/cases/types';

// late-follow-up, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'three hours after the interview',
      interviewDate: '2025-05-12T10:00:00Z',
      now: '2025-05-12T13:00:00Z',
      text: 'Dear Ms. Berg,\n\nThank you for the interview this morning for the dental nurse position.\n\nKind regards,\nAlice',
    },
    {
      note: 'twenty hours after the interview',
      interviewDate: '2025-05-12T14:00:00+02:00',
      now: '2025-05-13T10:00:00+02:00',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Lars,\nThank you for the interview yesterday for the welder role.\nBest,\nMo',
    },
    {
      note: 'no interview date known',
      text: 'Dear Mr. Stone,\n\nThank you for the interview last week for the chef position.\n\nBest regards,\nRita',
    },
  ],
  invalid: [
    {
      note: 'more than 48 hours',
      interviewDate: '2025-05-12T10:00:00Z',
      now: '2025-05-15T09:30:00Z',
      text: '[[Dear Ms. Berg,]]\n\nThank you for the interview on Monday for the dental nurse position.\n\nKind regards,\nAlice',
    },
    {
      note: 'between 24 and 48 hours',
      interviewDate: '2025-05-12T14:00:00+02:00',
      now: '2025-05-13T20:00:00+02:00',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hi Lars,]]\nThank you for the interview yesterday for the welder role.\nBest,\nMo',
    },
    {
      note: 'ten days late, with an apology',
      interviewDate: '2025-03-03T09:00:00Z',
      now: '2025-03-13T09:00:00Z',
      text: '[[Dear Mr. Stone,]]\n\nI am sorry for the late reply, and thank you again for the interview for the chef position.\n\nBest regards,\nRita',
    },
  ],
} satisfies RuleTable;
