import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interest, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
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
} satisfies RuleTable;
