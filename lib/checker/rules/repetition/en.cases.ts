import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// repetition, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
// A draft of about two hundred words in which "dashboard" occurs four times: under the
// threshold of max(4, 2.5 % of the words), so not overused.
const longRepetitionValid = `Dear Mr. Adeyemi,

Thank you for the interview on Thursday for the business intelligence analyst position. I enjoyed hearing how your finance colleagues plan the annual budget and where they still rely on spreadsheets.

You asked how I would approach the sales dashboard that regional managers find slow. At my current employer I rebuilt a similar dashboard by moving the heavy calculations into the warehouse and keeping only summary tables in the reporting layer. Loading times dropped from minutes to seconds, and managers started opening the report before their Monday meetings instead of asking analysts for screenshots.

I also liked your idea of a shared glossary for metrics. In my experience, most arguments about numbers come from two teams defining revenue or margin differently, and a short agreed list settles many of them. I would be happy to draft one for your review as a first small project.

The dashboard question made me think about training as well. A short recorded walkthrough for each new dashboard has helped my users far more than long written manuals.

I am very interested in the role and in working with your analytics group.

I look forward to hearing from you.

Kind regards,
Funmi Okafor`;

export default {
  valid: [
    { note: "three sentences opening with \"I\" and different verbs are fine", text: "Dear Ms. Hale,\n\nThank you for the interview on Monday for the analyst position. I enjoyed the tour of the lab. I learned a lot about your plans. I am very interested in the role.\n\nI look forward to hearing from you.\n\nKind regards,\nSam" },
    {
      note: '"that that" is correct English',
      text: 'Dear Ms. Reed,\n\nThank you for the interview on Monday for the library assistant role. I believe that that kind of reading programme would suit me well.\n\nI look forward to hearing from you.\n\nKind regards,\nJoe',
    },
    {
      note: 'two sentences opening with "I am" in a row, and a short sentence repeated',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Marta,\nThank you! I enjoyed the interview today for the café manager role. I am excited about the new menu. I am available to start next month. Your team made me feel welcome. Thank you!\nBest,\nEli',
    },
    {
      note: 'a content word used three times',
      text: 'Hi Marco,\n\nThank you for the interview about the data engineer role. I liked hearing about the pipeline your team is building, and the pipeline work sounds demanding. My last pipeline migration taught me a lot about testing.\n\nI look forward to hearing from you.\n\nBest,\nLea',
    },
    { note: 'four uses in a long draft stay under 2.5 %', text: longRepetitionValid },
  ],
  invalid: [
    {
      note: 'doubled word',
      text: 'Dear Ms. Reed,\n\nThank you for the interview on Monday for the library assistant role. I enjoyed hearing about [[the the]] new reading programme for children.\n\nI look forward to hearing from you.\n\nKind regards,\nJoe',
    },
    {
      note: 'a sentence repeated word for word',
      text: 'Dear Ms. Chen,\n\nThank you for the interview on Monday. I enjoyed hearing about the new clinic in Leeds. I am very interested in the nursing position. [[I enjoyed hearing about the new clinic in Leeds.]]\n\nI look forward to hearing from you.\n\nBest regards,\nAnna',
    },
    {
      note: 'three sentences in a row opening with "I am"',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Marta,\nThank you for the interview today for the café manager role. [[I am excited about the new menu. I am confident that my scheduling experience fits your needs. I am available to start next month.]]\nI look forward to hearing from you.\nBest,\nEli',
    },
    {
      note: 'a content word used four times in a short draft',
      text: 'Hi Marco,\n\nThank you for the interview about the data engineer role. I liked hearing about the pipeline your team is building. The pipeline work sounds demanding, and my last pipeline migration taught me a lot about testing. I would enjoy helping with the next [[pipeline]] release.\n\nI look forward to hearing from you.\n\nBest,\nLea',
    },
    {
      note: 'inflected forms count as one word (Snowball stems): experience twice, experiences twice',
      text: 'Hi Marco,\n\nThank you for the interview about the support role. My experience with ticket queues is broad, and those experiences shaped how I triage. The experience of night shifts taught me patience, and such [[experiences]] matter in support.\n\nI look forward to hearing from you.\n\nBest,\nLea',
    },
  ],
} satisfies RuleTable;
