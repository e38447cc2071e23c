import type { RuleTable } from '@/tests/unit/cases/types';

// informal-tone, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
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
} satisfies RuleTable;
