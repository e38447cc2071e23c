import type { RuleTable } from '@/tests/unit/cases/types';

// generic-greeting, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
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
} satisfies RuleTable;
