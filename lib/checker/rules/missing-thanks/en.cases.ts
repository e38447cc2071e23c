import type { RuleTable } from '@/tests/unit/cases/types';

// missing-thanks, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'thank you',
      text: 'Dear Ms. Alvarez,\n\nThank you for meeting with me on Tuesday to discuss the payroll specialist position.\n\nI look forward to hearing from you.\n\nBest regards,\nNina Shah',
    },
    {
      note: 'appreciate',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Jonas,\nI really appreciate you taking the time to interview me for the barista job last Friday. I would love to join the team.\nBest,\nElla',
    },
    {
      note: 'many thanks',
      text: 'Hello Dr. Reyes,\n\nMany thanks for the interview yesterday about the lab technician role. I am still very interested.\n\nKind regards,\nSam',
    },
    {
      note: 'grateful',
      text: 'Dear Mr. Fitzgerald,\n\nI am grateful for the chance to interview for the site manager position this week.\n\nI look forward to hearing from you.\n\nSincerely,\nRoss Carter',
    },
  ],
  invalid: [
    {
      note: 'no thanks anywhere',
      text: '[[Dear Ms. Alvarez,]]\n\nIt was a pleasure to meet you on Tuesday and talk about the payroll specialist position. I am very interested in the role.\n\nI look forward to hearing from you.\n\nBest regards,\nNina Shah',
    },
    {
      note: 'follow-up without thanks on LinkedIn',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hi Jonas,]]\nI am following up on my interview for the barista job last Friday. I enjoyed meeting the team and I would love to join you.\nBest,\nElla',
    },
    {
      note: 'greeting and text on one line',
      text: '[[Hello Mr. Kim, I wanted to follow up on our interview for the delivery driver position.]]\nI have a clean licence and can start next month.\n\nRegards,\nPaul',
    },
  ],
} satisfies RuleTable;
