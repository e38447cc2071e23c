import type { RuleTable } from '@/tests/unit/cases/types';

// public-post, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a personal e-mail may mention everyone on the team: audience words only count on unknown surfaces',
      text: 'Dear Ms. Harlow,\n\nThank you for the interview yesterday for the pastry chef position. Please pass my thanks on to everyone in the kitchen who showed me around.\n\nI look forward to hearing from you.\n\nKind regards,\nIsla Grant',
    },
    {
      note: 'a direct LinkedIn message',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Marcus,\nThank you for the conversation this morning about the data engineer role. I am very interested in joining your platform team.\nBest regards,\nLena',
    },
    {
      note: 'unknown surface, addressed to one person',
      surface: 'unknown',
      platform: 'other',
      text: 'Dear Mr. Patel,\n\nThank you for the interview on Monday for the maintenance technician job. I enjoyed the tour of the plant.\n\nBest regards,\nOwen Hughes',
    },
    {
      note: 'a connection note is private',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hi Dana, thank you for the interview today for the analyst role. I enjoyed our conversation about forecasting.',
    },
  ],
  invalid: [
    {
      note: 'thanks posted on the company page',
      surface: 'post',
      platform: 'linkedin',
      text: '[[Thank you to the Brightwater Energy team for a great interview yesterday!]]\nI really enjoyed meeting the grid planning group and I am excited about the engineering role.',
    },
    {
      note: 'a comment on the company wall, first line only',
      surface: 'comment',
      platform: 'facebook',
      text: '[[Dear Harbour Bakery, it was so lovely to spend the morning in your kitchen for my interview!]]\nThank you for the warm welcome, I hope to be part of the team soon.',
    },
    {
      note: 'first non-empty line, trimmed',
      surface: 'post',
      platform: 'facebook',
      text: '\n  [[Thanks again for the interview, Rachel!]]  \nYour store team was wonderful and I would love to join them.',
    },
    {
      note: 'unknown surface: every word that addresses an audience',
      surface: 'unknown',
      platform: 'other',
      text: 'Thank you to [[everyone]] at Lumen Labs for the interview on Tuesday. I am very interested in the research assistant role. [[#OpenToWork]] [[#research]]',
    },
    {
      note: 'unknown surface: followers and network',
      surface: 'unknown',
      platform: 'other',
      text: 'A quick update for [[my network]]: thank you, Northpoint Health, for the interview for the nursing position. I hope [[my followers]] wish me well.',
    },
  ],
} satisfies RuleTable;
