import type { RuleTable } from '@/tests/unit/cases/types';

// pushy-tone, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'patient and polite',
      text: 'Dear Ms. Kaur,\n\nThank you for the interview on Monday for the receptionist role. I understand you are still deciding, and I would be glad to hear about the next steps when you know more.\n\nKind regards,\nSofia',
    },
    {
      note: 'repeats the employer\'s own timeline without pressure',
      text: 'Dear Mr. Flynn,\n\nThank you for the interview for the accountant position. You mentioned that you expect to decide by the end of the month. If you need anything else from me before then, please let me know.\n\nBest regards,\nGreta',
    },
    {
      note: 'a single polite question',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Olivia,\nThank you again for the interview for the barista job. Is there anything else I can send you?\nBest,\nLuca',
    },
  ],
  invalid: [
    {
      note: 'other offer and a deadline',
      text: 'Dear Mr. Flynn,\n\nThank you for the interview on Monday for the accountant position. [[I have another offer on the table]], so [[I need an answer by]] Thursday.\n\nBest regards,\nGreta',
    },
    {
      note: 'chasing',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Olivia,\n[[This is my third message]] about the barista job. [[I still haven\'t heard back]] since the interview two weeks ago. Please [[reply ASAP]].\nThanks,\nLuca',
    },
    {
      note: 'begging',
      text: 'Hello Ms. Kaur,\n\nThank you again for the interview for the receptionist role. [[I really need this job]] and [[I am begging]] you to give me a chance. [[Please, please]] let me know soon.\n\nKind regards,\nSofia',
    },
    {
      note: 'another offer and a deadline of the writer\'s own',
      text: 'Hi Laura,\n\nThank you again for the interview for the data analyst position. [[I have been offered another role]] and [[need to respond by]] Monday, so [[I\'d appreciate a response today]].\n\nBest,\nRyan',
    },
    {
      note: 'question marks',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Tom,\nThank you for the interview on Friday for the driver position. Any update on my application[[??]]\nBest,\nAli',
    },
  ],
} satisfies RuleTable;
