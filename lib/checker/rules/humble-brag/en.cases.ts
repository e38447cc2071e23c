import type { RuleTable } from '@/tests/unit/cases/types';

// humble-brag, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    { note: 'an interview told in a private e-mail is not an announcement', text: "Dear Priya,\n\nThank you for the tour of the ovens today. I had a job interview at Harbour Bakery once before, years ago, and it is great to see how it has grown. I am very interested in the baker position.\n\nI look forward to hearing from you.\n\nKind regards,\nSam" },
    {
      note: 'a plain thank-you to the interviewer',
      text: 'Dear Ms. Castillo,\n\nThank you for the interview on Wednesday for the junior copywriter position. I was excited to learn about the spring campaign, and I am very interested in the role.\n\nI look forward to hearing from you.\n\nBest regards,\nNoah Bennett',
    },
    {
      note: '"look at my portfolio" is not "look at me"',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hi Jordan,\nThank you for the interview this afternoon for the illustrator role. If you have time, please take a look at my portfolio link below.\nBest,\nMia',
    },
    {
      note: 'gratitude to the interviewer is not an announcement',
      text: 'Hello Mr. Brooks,\n\nI am grateful for the time you took to interview me for the electrician apprenticeship. I enjoyed the workshop visit and hope to hear from you soon.\n\nKind regards,\nAaron Lee',
    },
    {
      note: '"happy to hear" is not an announcement',
      text: 'Dear Mr. Addo,\n\nThank you for the interview yesterday for the sous chef position. I was happy to hear that the restaurant is opening a second site, and I would love to be part of it.\n\nBest regards,\nKofi',
    },
  ],
  invalid: [
    { note: 'announcing the interview on a public post', surface: 'post', platform: 'linkedin', text: "[[I had a job interview]] at Harbour Bakery today for the baker position. Thank you, Priya, for the warm welcome and the tour of the ovens!" },
    {
      note: 'announcement and hashtags on a post',
      surface: 'post',
      platform: 'linkedin',
      text: '[[Big news]]: [[I just interviewed with]] Northwind Logistics for their operations analyst role! Thank you, Priya, for a great conversation. [[#blessed]] [[#dreamjob]]',
    },
    {
      note: 'in your face',
      surface: 'comment',
      platform: 'facebook',
      text: 'Thank you, Ms. Lund, for the interview today. [[In your face]], everyone who said I would never get a call back from Vireo! [[#winning]]',
    },
    {
      note: 'boasting inside an e-mail to the interviewer',
      text: 'Dear Tom,\n\nThank you for the interview on Monday for the sales associate job. I told my friends I [[nailed it]], and I am very interested in the role.\n\nBest regards,\nChris',
    },
    {
      note: 'overlapping matches merge into one span',
      surface: 'post',
      platform: 'linkedin',
      text: '[[Thrilled to announce that I got an interview]] with Cobalt Studios for the motion designer role! Thank you to the hiring team, and [[keeping my fingers crossed]].',
    },
    {
      note: 'wish me luck',
      surface: 'post',
      platform: 'facebook',
      text: 'Second interview at Maple Grove School done today. Thank you, Mrs. Ellis! [[Wish me luck]] [[#interviewday]]',
    },
  ],
} satisfies RuleTable;
