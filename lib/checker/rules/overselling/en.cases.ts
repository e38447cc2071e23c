import type { RuleTable } from '@/tests/unit/cases/types';

// overselling, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a concrete example instead of self-praise',
      text: 'Dear Ms. Ito,\n\nThank you for the interview on Monday for the data analyst role. My experience building sales dashboards would help your team answer the questions you described.\n\nI look forward to hearing from you.\n\nKind regards,\nLea',
    },
    {
      note: 'superlatives about the employer, not the writer',
      text: 'Hi Ben,\n\nThank you for the interview about the nurse position. The best part of the day was meeting the night team, and your ward has one of the strongest safety records in the region. I believe my trauma experience is a good match for the role.\n\nBest regards,\nAda',
    },
    {
      note: 'modest confidence',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hello Mr. Das,\nThank you for the interview today for the backend developer role. I am confident that I can learn your tooling quickly, and I would welcome the chance to show it.\nBest,\nRia',
    },
  ],
  invalid: [
    {
      note: 'no one else can / you will not find anyone better',
      text: 'Dear Ms. Lindqvist,\n\nThank you for the interview on Wednesday for the sales lead position. Honestly, [[no one else can]] bring the energy I bring to a sales floor, and [[you won\'t find anyone better]] to grow the northern region.\n\nI look forward to hearing from you.\n\nBest regards,\nKevin',
    },
    {
      note: 'rockstar, ideal candidate, guarantee',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Raj,\nThanks for the chat today about the backend developer role. I am a true [[rockstar]] with Python and [[I would be the ideal candidate for this position]]. [[I guarantee]] results from day one.\nBest,\nEmma',
    },
    {
      note: 'perfect for the role, you need me',
      text: 'Dear Mr. Ortiz,\n\nThank you for meeting with me yesterday about the project manager role. After our conversation I know [[I am perfect for the role]]. Simply put, [[you need me]] on this project.\n\nKind regards,\nGavin',
    },
    {
      note: 'a sales pitch about oneself',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Nadia,\nThank you for the interview this morning for the account executive role. [[I\'d be an incredible asset]] to your team, and honestly [[nobody else could]] close deals the way I do.\nBest,\nRoss',
    },
    {
      note: 'a superlative about oneself',
      text: 'Dear Dr. Kaplan,\n\nThank you for the interview on Tuesday. Of all the applicants for the engineering role, [[I am the strongest]].\n\nKind regards,\nVictor',
    },
  ],
} satisfies RuleTable;
