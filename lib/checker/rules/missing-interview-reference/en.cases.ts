import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interview-reference, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
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
} satisfies RuleTable;
