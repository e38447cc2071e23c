import { markPastWords, markPastChars, under } from './budget-marks';
import type { LanguageCases } from './types';

/*
 * English rule tables. In invalid cases every span the rule must report is marked with [[ ]].
 * All drafts are written for these tests; they are follow-ups after a job interview unless
 * they sit in `notFollowUps`.
 */

// ---------------------------------------------------------------------------------------------
// Long drafts for the too-long table. Only plain words (no digits, hyphens or apostrophes), so
// that every way of counting words agrees on where the budget ends.
// ---------------------------------------------------------------------------------------------

const LONG_BODY = [
  'Thank you for the interview on Tuesday for the customer success manager position at Larkspur Software.',
  'I enjoyed hearing how your team onboards new clients and how closely you work with the product group.',
  'Our conversation about renewal risk stayed with me on the train home, and I wrote down a few more thoughts.',
  'At my current company I look after a portfolio of mid sized accounts in logistics and retail.',
  'Last spring I set up a simple health score that combined usage data, open tickets and survey answers.',
  'With that score we could spot unhappy customers weeks earlier and call them before they started to look elsewhere.',
  'Churn in my portfolio fell noticeably over the following two quarters, and the sales team began to use the same view.',
  'You mentioned that your managers spend a lot of time preparing quarterly business reviews by hand.',
  'I have built templates for those reviews that pull figures straight from the reporting tool, which saved my team hours every month.',
  'I would be glad to show you an example with the client names removed, if that would be useful.',
  'I also wanted to add something I forgot to say when you asked about difficult conversations.',
  'Two years ago a large customer threatened to cancel after a failed data migration that was not our fault.',
  'I flew out to meet their operations lead, listened to the whole story, and agreed a recovery plan with weekly calls.',
  'They renewed for three more years and later became one of our reference customers.',
  'That experience taught me that patience and clear follow through matter more than any clever pitch.',
  'I was also impressed by the way your support and success teams share a single backlog of customer requests.',
  'In my experience that kind of shared view prevents many of the small misunderstandings that frustrate clients.',
  'The focus on coaching that you described for new managers is something I would value a great deal.',
  'I am very interested in the role and in helping your customers get more out of the platform.',
  'Please let me know if you need references or any further information from me.',
  'I look forward to hearing from you about the next steps.',
];

const longEmail = `Dear Ms. Whitfield,\n\n${LONG_BODY.slice(0, 7).join(' ')}\n\n${LONG_BODY.slice(7, 15).join(' ')}\n\n${LONG_BODY.slice(15).join(' ')}\n\nKind regards,\nJonathan Reeve`;
const mediumEmail = `Dear Ms. Whitfield,\n\n${LONG_BODY.slice(0, 4).join(' ')}\n\n${LONG_BODY.slice(7, 10).join(' ')}\n\n${LONG_BODY.slice(18).join(' ')}\n\nKind regards,\nJonathan Reeve`;
const longMessage = `Hi Grace,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(7, 15).join(' ')}\n${LONG_BODY.slice(19).join(' ')}\nBest,\nJonathan`;
const shortMessage = `Hi Grace,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(18).join(' ')}\nBest,\nJonathan`;
const longPost = `Thank you to the whole team at Larkspur Software for the interview this week! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(11, 15).join(' ')} ${LONG_BODY.slice(15, 17).join(' ')}`;
const shortPost = `Thank you to the whole team at Larkspur Software for the interview this week! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY[18]}`;
const longComment = `Thank you, Ms. Whitfield, for the interview on Tuesday! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(7, 10).join(' ')} ${LONG_BODY.slice(15, 19).join(' ')}`;
const longNote =
  'Hi Grace, thank you for the interview on Tuesday for the customer success manager position. I enjoyed hearing how your team onboards new clients, and our conversation about renewal risk gave me a lot to think about. I am very interested in the role and would be glad to send you the review templates I mentioned. I hope we can stay in touch here.';
const shortNote =
  'Hi Grace, thank you for the interview on Tuesday for the customer success manager position. I enjoyed hearing how your team onboards new clients and I am very interested in the role.';

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

const en = {
  rules: {
    'public-post': {
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
    },

    'humble-brag': {
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
    },

    'missing-thanks': {
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
    },

    'missing-interview-reference': {
      valid: [
        { note: "a trial shift is the interview", surface: 'message', platform: 'facebook', text: "Hi Marco,\n\nThanks for having me on the trial shift on Saturday. I would love to join the kitchen team.\n\nHope to hear from you soon.\n\nAda" },
        {
          note: 'interview',
          text: 'Dear Ms. Ford,\n\nThank you for the interview on Friday for the office manager position.\n\nI look forward to hearing from you.\n\nKind regards,\nLiz',
        },
        {
          note: 'our conversation',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hi Marco,\nThank you for our conversation this morning about the QA engineer role. I am very interested.\nBest,\nDev',
        },
        {
          note: 'meeting you',
          text: 'Dear Mr. Osei,\n\nThank you for your time yesterday. It was great meeting you and the kitchen team, and I am still very keen on the sous chef position.\n\nBest regards,\nMarta',
        },
        {
          note: 'as we discussed',
          text: 'Hello Ms. Grey,\n\nThank you again. As we discussed, I have attached my teaching certificate for the science teacher position.\n\nKind regards,\nPeter',
        },
        {
          note: 'when we spoke',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hi Tara,\nThank you for your time. When we spoke on Monday you mentioned the new warehouse in Bristol, and it made me even more excited about the logistics role.\nBest,\nJamal',
        },
      ],
      invalid: [
        {
          note: 'thanks for considering the application, nothing about the interview',
          text: '[[Dear Mr. Brandt,]]\n\nThank you for considering my application for the warehouse supervisor position. I remain very interested in the role, and my five years of running night shifts would be useful at your Leeds site.\n\nI look forward to hearing from you.\n\nKind regards,\nSam Price',
        },
        {
          note: 'sends documents but never mentions the talk',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hi Leah,]]\nThank you for sending over the details of the marketing coordinator role. I am still very keen on it, and I have attached the writing samples you asked for.\nBest,\nOmar',
        },
        {
          note: 'generic thanks',
          text: '[[Hello Ms. Novak,]]\n\nI am writing to thank you once more for considering me for the sous chef position at Ember and Oak. My spring menu is attached, and I would love to join your kitchen.\n\nBest regards,\nMarta',
        },
      ],
    },

    'too-long': {
      valid: [
        { note: 'e-mail under 250 words', text: under(mediumEmail, 250) },
        { note: 'message under 150 words', surface: 'message', platform: 'linkedin', text: under(shortMessage, 150) },
        { note: 'post under 100 words', surface: 'post', platform: 'linkedin', text: under(shortPost, 100) },
        { note: 'connection note under 300 characters', surface: 'connection-note', platform: 'linkedin', text: shortNote },
      ],
      invalid: [
        { note: 'e-mail over 250 words', text: markPastWords(longEmail, 250) },
        { note: 'message over 150 words', surface: 'message', platform: 'linkedin', text: markPastWords(longMessage, 150) },
        { note: 'post over 100 words', surface: 'post', platform: 'linkedin', text: markPastWords(longPost, 100) },
        { note: 'comment over 100 words', surface: 'comment', platform: 'facebook', text: markPastWords(longComment, 100) },
        {
          note: 'connection note over 300 characters',
          surface: 'connection-note',
          platform: 'linkedin',
          text: markPastChars(longNote, 300),
        },
      ],
    },

    repetition: {
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
    },

    'informal-tone': {
      valid: [
        {
          note: 'formal e-mail with one exclamation mark',
          text: 'Dear Mr. Novak,\n\nThank you for the interview on Friday! I am very interested in the warehouse lead position, and I think my forklift experience would help on the night shift.\n\nI look forward to hearing from you.\n\nKind regards,\nPetra',
        },
        {
          note: 'short acronyms, "your", "though" and a single question mark',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hello Priya,\nThank you for taking the time to speak with me today about the support engineer role. Although I have mostly used SQL and AWS, your roadmap sounds like a great fit. Is the team based in Leeds or London?\nBest regards,\nNoah',
        },
        {
          note: 'contractions with a capital I',
          text: 'Hi Sam,\n\nThanks for the interview yesterday. I\'m still very interested in the gardener job, and I\'ve already read the planting plan you gave me.\n\nI look forward to hearing from you.\n\nCheers,\nJess',
        },
        {
          note: 'capital U in an abbreviation and "i.e." are not text-speak',
          text: 'Hello Mr. Brandt,\n\nThank you for the interview on Monday for the U.S. sales role. I enjoyed hearing about the northern territory, i.e. the states around the Great Lakes.\n\nKind regards,\nNora',
        },
      ],
      invalid: [
        {
          note: 'slang, a casual greeting and "!!"',
          text: '[[Hey]] Jake,\n\nThanks for the interview yesterday, it was [[super fun]] to chat with you and the warehouse team. I\'m [[gonna]] read up on the new scanner setup this weekend [[lol]].\n\nStill really interested in the job[[!!]]\n\nBest,\nLiam',
        },
        {
          note: 'emoji runs and exclamation marks',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hi Sara,\nThank you so much for the interview today [[😊🙏]] I loved meeting the design team and I am excited about the role[[!!!]]\nLooking forward to hearing from you [[👋]]\nBest,\nTom',
        },
        {
          note: 'lower-case i and shouting',
          text: 'Dear Mr. Novak,\n\nthank you for the interview on Friday. [[i]] am [[REALLY EXCITED]] about the warehouse lead position and [[i]] think my forklift experience would help on the night shift.\n\nI look forward to hearing from you.\n\nKind regards,\nPetra',
        },
        {
          note: 'text-speak',
          text: 'Hi Dan,\n\n[[Thx]] for the interview this morning. [[Btw]], I forgot to mention that I finished the sample report you asked for. I [[wanna]] say again that I am very interested in the analyst role. Let me know if [[u]] need anything else.\n\nBest,\nMaya',
        },
        {
          note: 'a run of question marks',
          text: 'Hello Ms. Grant,\n\nThank you for the interview last week for the receptionist job. Is there any news yet[[??]] I am still very interested.\n\nBest regards,\nIda',
        },
      ],
    },

    'generic-greeting': {
      valid: [
        {
          note: 'a lower-case name is still a name',
          text: 'good morning kimberly,\n\nThank you for the interview yesterday for the data analyst position.\n\nKind regards,\nBen',
        },
        {
          note: 'Dear + title + name',
          text: 'Dear Ms. Okoro,\n\nThank you for the interview on Tuesday for the finance assistant position.\n\nKind regards,\nBen',
        },
        {
          note: 'Hi + first name',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hi Daniel,\nThank you for the interview today for the UX designer role.\nBest,\nAmira',
        },
        {
          note: 'a name alone',
          text: 'Ingrid,\n\nThank you for the interview this morning for the bookkeeper job.\n\nBest regards,\nTom',
        },
        {
          note: 'good afternoon + name',
          text: 'Good afternoon Mr. Hale,\n\nThank you for the interview earlier today for the logistics planner position.\n\nKind regards,\nEva',
        },
        {
          note: 'greeting and name on a line with text',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hi Anna, thank you for the interview today for the sales role!\nBest,\nKim',
        },
        {
          note: 'a post is not checked for a greeting',
          surface: 'post',
          platform: 'linkedin',
          text: 'Thank you for the interview today, Cobalt Studios! I enjoyed meeting the design team.',
        },
      ],
      invalid: [
        {
          note: 'a lower-case word that names a group is not a name',
          text: '[[hey guys!]]\nThank you for the interview yesterday for the data analyst position.\nBest,\nBen',
          surface: 'message',
          platform: 'linkedin',
        },
        { note: "capitalised words ending in \"Team\" name no one", text: "[[Dear Data Science Team,]]\n\nThank you for the interview this morning for the analyst role. I am very interested in the position.\n\nI look forward to hearing from you.\n\nKind regards,\nDan" },
        {
          note: 'a greeting followed by a sentence, not a name',
          text: '[[Hi, I wanted to thank you for the interview for the driver position.]]\n\nI look forward to hearing from you.\n\nBest,\nTim',
        },
        {
          note: 'to whom it may concern',
          text: '[[To whom it may concern]]:\n\nThank you for the interview on 4 March for the lab technician position.\n\nBest regards,\nRuth Adams',
        },
        {
          note: 'dear hiring manager',
          text: '[[Dear Hiring Manager]],\n\nThank you for the interview yesterday for the store manager position.\n\nBest regards,\nKevin',
        },
        {
          note: 'dear sir or madam',
          text: '[[Dear Sir or Madam]],\n\nThank you for the interview on Monday for the plumber apprenticeship.\n\nYours faithfully,\nDean',
        },
        {
          note: 'hi there',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hi there]]!\nThank you for the interview this morning for the social media role.\nBest,\nZoe',
        },
        {
          note: 'greeting without a name',
          text: '[[Hello,]]\n\nThank you for the interview yesterday for the teaching assistant role.\n\nKind regards,\nHelen',
        },
        {
          note: 'greeting to a team, no person named',
          text: '[[Hello Team,]]\n\nThank you for the interview yesterday for the junior accountant role.\n\nKind regards,\nHelen',
        },
        {
          note: 'no greeting at all',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Thank you for the interview this morning for the junior developer role.]]\nI enjoyed the pairing exercise.\nBest,\nKai',
        },
      ],
    },

    'missing-closing': {
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
    },

    overselling: {
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
    },

    'pushy-tone': {
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
    },

    'late-follow-up': {
      valid: [
        {
          note: 'three hours after the interview',
          interviewDate: '2025-05-12T10:00:00Z',
          now: '2025-05-12T13:00:00Z',
          text: 'Dear Ms. Berg,\n\nThank you for the interview this morning for the dental nurse position.\n\nKind regards,\nAlice',
        },
        {
          note: 'twenty hours after the interview',
          interviewDate: '2025-05-12T14:00:00+02:00',
          now: '2025-05-13T10:00:00+02:00',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hi Lars,\nThank you for the interview yesterday for the welder role.\nBest,\nMo',
        },
        {
          note: 'no interview date known',
          text: 'Dear Mr. Stone,\n\nThank you for the interview last week for the chef position.\n\nBest regards,\nRita',
        },
      ],
      invalid: [
        {
          note: 'more than 48 hours',
          interviewDate: '2025-05-12T10:00:00Z',
          now: '2025-05-15T09:30:00Z',
          text: '[[Dear Ms. Berg,]]\n\nThank you for the interview on Monday for the dental nurse position.\n\nKind regards,\nAlice',
        },
        {
          note: 'between 24 and 48 hours',
          interviewDate: '2025-05-12T14:00:00+02:00',
          now: '2025-05-13T20:00:00+02:00',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hi Lars,]]\nThank you for the interview yesterday for the welder role.\nBest,\nMo',
        },
        {
          note: 'ten days late, with an apology',
          interviewDate: '2025-03-03T09:00:00Z',
          now: '2025-03-13T09:00:00Z',
          text: '[[Dear Mr. Stone,]]\n\nI am sorry for the late reply, and thank you again for the interview for the chef position.\n\nBest regards,\nRita',
        },
      ],
    },

    'connection-request': {
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
    },

    'missing-interest': {
      valid: [
        { note: "\"the post interests me\"", text: "Dear Mr. Obi,\n\nThank you for the interview on Monday about the caretaker post. The post interests me very much.\n\nI look forward to hearing from you.\n\nKind regards,\nAda" },
        {
          note: 'even more interested',
          text: 'Dear Ms. Hale,\n\nThank you for the interview on Tuesday. After our conversation I am even more interested in the logistics planner position.\n\nKind regards,\nEva',
        },
        {
          note: 'would love to join',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hi Chloe,\nThanks for the call this morning about the junior accountant role. I would love to join your team.\nBest,\nDev',
        },
        {
          note: 'excited about the opportunity',
          text: 'Dear Dr. Yilmaz,\n\nThank you for the interview yesterday. I am excited about the opportunity to work on your sleep study.\n\nBest regards,\nAdam',
        },
        {
          note: 'keen on the position',
          text: 'Hello Mr. Grant,\n\nThank you for the interview on Friday. The tour of the workshop left me even more keen on the joiner position.\n\nBest regards,\nCal',
        },
        {
          note: 'the kind of role I have been looking for',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hi Femi,\nThank you for the interview today. The support engineer job is exactly the kind of role I have been looking for.\nBest,\nTayo',
        },
      ],
      invalid: [
        {
          note: 'thanks and details, no interest',
          text: '[[Dear Mr. Hale,]]\n\nThank you for the interview on Tuesday for the logistics planner position. It was helpful to hear how the night shift is organised, and I appreciated the tour of the warehouse.\n\nI look forward to hearing from you.\n\nKind regards,\nEva Stone',
        },
        {
          note: 'sends a document only',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hi Chloe,]]\nThanks for the call this morning about the junior accountant role. As promised, I have attached the reference letter from my previous manager.\nI look forward to hearing from you.\nBest,\nDev',
        },
        {
          note: 'follow-up with a link',
          text: '[[Dear Dr. Yilmaz,]]\n\nThank you for the interview yesterday for the research assistant position. As promised, here is the link to my thesis and the poster we discussed.\n\nPlease let me know if you need anything else.\n\nBest regards,\nAdam',
        },
      ],
    },
  },

  detection: [
    'Thank you for taking the time to meet with me yesterday about the office manager position.',
    'Hi Sophie, thanks again for the interview this morning. I really enjoyed hearing about your plans for the new store.',
    'Dear Mr. Grant, I wanted to follow up on my application for the warehouse supervisor role and thank you for your time.',
    'It was a pleasure speaking with you on Friday, and I am even more excited about the opportunity to join your team.',
    'I look forward to hearing from you about the next steps in the hiring process. Kind regards, Emily',
    'Thanks for the call earlier today! The role sounds like a great fit for my background in customer support.',
    'Our conversation about the spring campaign gave me a few new ideas, which I have written up in the attached document.',
    'Please let me know if there is anything else you need from me, such as references or samples of my work.',
    'I am sorry for the late reply; thank you again for the interview last week for the teaching assistant job.',
  ],

  notFollowUps: [
    {
      text: 'Hi Mark,\n\nThanks for running the budget meeting this morning. I have put the updated figures in the shared folder. Could you check the travel line before Friday?\n\nCheers,\nAna',
    },
    {
      text: 'Dear Mrs. Patel,\n\nYour order of two oak bookshelves has shipped and should arrive on Thursday. If anything is damaged, reply to this email and we will replace it.\n\nKind regards,\nGreenwood Furniture',
    },
    {
      surface: 'message',
      platform: 'facebook',
      text: 'Hi Mum, we landed safely in Lisbon. The hotel is lovely and the kids already found the pool. Will call you on Sunday. Love, Kate',
    },
    {
      surface: 'post',
      platform: 'facebook',
      text: 'Two weeks in Crete with the best people! Sunshine, grilled fish and far too much ice cream. Thank you to everyone who sent us recommendations.',
    },
    {
      text: 'Dear residents,\n\nThe courtyard will be closed on Saturday for tree trimming. Please move bicycles to the rack by the gate before 8 am.\n\nThank you,\nThe board of Elm Court Housing Association',
    },
    {
      text: 'Hello Mr. Grant,\n\nThank you for showing us the flat on Baker Street yesterday. We liked the light in the living room. Could you tell us whether the rent includes heating and when we could move in?\n\nBest regards,\nLena and Tom',
    },
    {
      surface: 'message',
      platform: 'other',
      text: 'Hi all, football training moves to Thursday next week because the hall is booked. Bring your own water bottles. See you there! Coach Ben',
    },
    {
      text: 'Dear Mr. Lewis,\n\nThank you for the quote for the new kitchen windows. We would like to go ahead with the double glazing and could start any time after the first of June.\n\nBest wishes,\nSara Holt',
    },
  ],
} satisfies LanguageCases;

export default en;
