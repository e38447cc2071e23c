import type { RuleTable } from '@/tests/unit/cases/types';

// missing-closing, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'I look forward to hearing from you',
      text: 'Dear Ms. Park,\n\nThank you for the interview on Thursday for the HR assistant position.\n\nI look forward to hearing from you.\n\nBest regards,\nLily',
    },
    {
      note: 'please let me know',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Ravi,\nThank you for the interview today for the test engineer role. Please let me know if you need anything else from me.\nBest,\nSuki',
    },
    {
      note: 'hope to hear from you soon',
      text: 'Dear Mr. Watts,\n\nThank you for the interview yesterday for the carpenter job. I hope to hear from you soon.\n\nRegards,\nLeon',
    },
    {
      note: 'not checked on a post',
      surface: 'post',
      platform: 'linkedin',
      text: 'Thank you, Ms. Ruiz, for the interview today for the copy editor role.\nBest regards,\nIvy',
    },
    {
      note: 'do not hesitate to contact me',
      text: 'Dear Ms. Lowe,\n\nThank you for the interview on Monday for the pharmacy technician position. Do not hesitate to contact me if you need my certificates.\n\nKind regards,\nOmar',
    },
    {
      note: 'offers more information',
      text: 'Dear Ms. Brennan,\n\nThank you for the interview on Monday for the social worker position. I would be happy to provide any further references.\n\nYours sincerely,\nGrace',
    },
  ],
  invalid: [
    {
      note: 'sign-off only',
      text: 'Dear Ms. Lopez,\n\nThank you for the interview on Monday for the events coordinator position. I enjoyed hearing about the summer festival.\n\n[[Best regards,]]\nMaria Lopez',
    },
    {
      note: 'no sign-off: the last line',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Tom,\nThank you for the chat today about the barista job. I am still very keen on the role.\n[[Have a great weekend!]]',
    },
    {
      note: 'sincerely',
      text: 'Dear Mr. Ward,\n\nThank you for the interview yesterday for the paralegal position.\n\n[[Sincerely,]]\nJames Hill',
    },
    {
      note: 'the last sign-off line counts',
      text: 'Dear Ms. Fox,\n\nThank you for the interview on Friday for the account manager role.\nBest wishes for the product launch next week.\n\n[[Kind regards,]]\nAnna Berg',
    },
    {
      note: '"Thanks," alone is a sign-off, not a close',
      text: 'Hi James,\n\nThank you again for the interview today for the operations coordinator role. I enjoyed meeting the team.\n\n[[Thanks,]]\nLaura',
    },
    {
      note: 'kindest regards',
      text: 'Dear Ms. Quinn,\n\nThank you for the interview on Thursday for the dispatcher position. I am very interested in the role.\n\n[[Kindest regards,]]\nPaul Young',
    },
    {
      note: 'thanks again as a sign-off',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Priya,\nI enjoyed the interview for the product owner role and I am very interested.\n[[Thanks again,]]\nLuis',
    },
  ],
} satisfies RuleTable;
