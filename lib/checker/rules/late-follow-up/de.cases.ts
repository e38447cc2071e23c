import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// late-follow-up, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'no interview date known',
      text: 'Sehr geehrte Frau Kühn,\n\nvielen Dank für das Vorstellungsgespräch. Ich bin sehr interessiert.\n\nMit freundlichen Grüßen\nAlex Martin',
    },
    {
      note: 'same evening',
      interviewDate: '2025-03-10T10:00:00+01:00',
      now: '2025-03-10T19:00:00+01:00',
      text: 'Sehr geehrte Frau Kühn,\n\nvielen Dank für das Vorstellungsgespräch heute Vormittag. Ich bin sehr interessiert.\n\nMit freundlichen Grüßen\nAlex Martin',
    },
    {
      note: 'just under a day',
      interviewDate: '2025-03-10T10:00:00+01:00',
      now: '2025-03-11T09:30:00+01:00',
      text: 'Guten Tag Herr Simon,\n\nherzlichen Dank für das Gespräch gestern. Die Stelle reizt mich sehr.\n\nViele Grüße\nLina Ott',
    },
  ],
  invalid: [
    {
      note: 'between 24 and 48 hours',
      interviewDate: '2025-03-10T10:00:00+01:00',
      now: '2025-03-11T16:00:00+01:00',
      text: '[[Sehr geehrte Frau Kühn,]]\n\nvielen Dank für das Vorstellungsgespräch gestern. Ich bin sehr interessiert.\n\nMit freundlichen Grüßen\nAlex Martin',
    },
    {
      note: 'three days later',
      interviewDate: '2025-03-10T10:00:00+01:00',
      now: '2025-03-13T10:00:00+01:00',
      text: '[[Guten Tag Herr Simon,]]\n\nentschuldigen Sie die späte Nachricht und herzlichen Dank für das Gespräch am Montag. Die Stelle reizt mich sehr.\n\nViele Grüße\nLina Ott',
    },
    {
      note: 'ten days later, as a message',
      surface: 'message',
      platform: 'linkedin',
      interviewDate: '2025-03-10T10:00:00+01:00',
      now: '2025-03-20T12:00:00+01:00',
      text: '[[Hallo Frau Arnold, besser spät als nie: vielen Dank für das Vorstellungsgespräch letzte Woche!]]\nIch bin weiterhin sehr interessiert.',
    },
  ],
} satisfies RuleTable;
