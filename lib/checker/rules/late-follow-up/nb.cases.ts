import type { RuleTable } from '@/tests/unit/cases/types';

// late-follow-up, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'within 24 hours',
      interviewDate: '2025-03-10T10:00:00+01:00',
      now: '2025-03-11T06:00:00+01:00',
      text: 'Hei Dag,\n\nTakk for intervjuet i går om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
    },
    {
      note: 'no interview date known',
      text: 'Hei Dag,\n\nTakk for intervjuet om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
    },
    {
      note: 'exactly 24 hours is still on time',
      interviewDate: '2025-03-10T10:00:00+01:00',
      now: '2025-03-11T10:00:00+01:00',
      text: 'Hei Dag,\n\nTakk for intervjuet i går om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
    },
  ],
  invalid: [
    {
      note: 'between 24 and 48 hours',
      interviewDate: '2025-03-10T10:00:00+01:00',
      now: '2025-03-11T16:00:00+01:00',
      text: '[[Hei Dag,]]\n\nTakk for intervjuet i går om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
    },
    {
      note: 'more than 48 hours',
      interviewDate: '2025-03-10T10:00:00+01:00',
      now: '2025-03-14T09:00:00+01:00',
      text: '[[Hei Dag,]]\n\nBeklager at jeg svarer litt sent. Takk for intervjuet på mandag om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
    },
    {
      note: 'a week later, first line without greeting',
      surface: 'message',
      platform: 'linkedin',
      interviewDate: '2025-05-02T13:00:00+02:00',
      now: '2025-05-09T13:00:00+02:00',
      text: '[[Takk for samtalen forrige fredag om stillingen som sosionom.]]\nBedre sent enn aldri!\nHilsen Rakel',
    },
  ],
} satisfies RuleTable;
