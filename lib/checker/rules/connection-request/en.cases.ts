import type { RuleTable } from '@/tests/unit/cases/types';

// connection-request, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'the same words as a LinkedIn message',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Rachel, thank you for today\'s interview for the analyst role.\nI enjoyed hearing about your forecasting work.',
    },
    {
      note: 'the process is over: not selected',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hi Rachel, thank you for letting me know about the analyst role. Unfortunately I was not selected this time, but I enjoyed the interview and would be glad to stay in touch.',
    },
    {
      note: 'the process is over: offer accepted',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hi Tom, I accepted the offer for the project coordinator role yesterday. Thank you for the interview and the warm welcome; I would like to connect before my first day.',
    },
    {
      note: 'the process is over: now that it has ended',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Dear Ms. Holm, now that the recruitment is over, thank you again for the interview for the designer position. I would be glad to stay in touch.',
    },
  ],
  invalid: [
    {
      note: 'invitation right after the interview',
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Hi Rachel, thank you for today\'s interview for the analyst role.]]\nI would love to connect and follow your team\'s work.',
    },
    {
      note: 'greeting line',
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Dear Mr. Owens,]]\nThank you for the interview on Tuesday. I am still very interested in the warehouse supervisor position and would like to connect.',
    },
    {
      note: 'one-line note',
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Thanks for the great conversation about the UX role, Ana! Looking forward to hearing about next steps.]]',
    },
  ],
} satisfies RuleTable;
