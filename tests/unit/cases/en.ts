import publicPost from '@/lib/checker/rules/public-post/en.cases';
import humbleBrag from '@/lib/checker/rules/humble-brag/en.cases';
import missingThanks from '@/lib/checker/rules/missing-thanks/en.cases';
import missingInterviewReference from '@/lib/checker/rules/missing-interview-reference/en.cases';
import tooLong from '@/lib/checker/rules/too-long/en.cases';
import repetition from '@/lib/checker/rules/repetition/en.cases';
import informalTone from '@/lib/checker/rules/informal-tone/en.cases';
import genericGreeting from '@/lib/checker/rules/generic-greeting/en.cases';
import missingClosing from '@/lib/checker/rules/missing-closing/en.cases';
import overselling from '@/lib/checker/rules/overselling/en.cases';
import pushyTone from '@/lib/checker/rules/pushy-tone/en.cases';
import lateFollowUp from '@/lib/checker/rules/late-follow-up/en.cases';
import connectionRequest from '@/lib/checker/rules/connection-request/en.cases';
import missingInterest from '@/lib/checker/rules/missing-interest/en.cases';
import type { LanguageCases } from './types';

/*
 * English rule tables. In invalid cases every span the rule must report is marked with [[ ]].
 * All drafts are written for these tests; they are follow-ups after a job interview unless
 * they sit in `notFollowUps`.
 */

const en = {
  // Each rule's table is in its folder: lib/checker/rules/<rule-id>/en.cases.ts.
  rules: {
    'public-post': publicPost,
    'humble-brag': humbleBrag,
    'missing-thanks': missingThanks,
    'missing-interview-reference': missingInterviewReference,
    'too-long': tooLong,
    'repetition': repetition,
    'informal-tone': informalTone,
    'generic-greeting': genericGreeting,
    'missing-closing': missingClosing,
    'overselling': overselling,
    'pushy-tone': pushyTone,
    'late-follow-up': lateFollowUp,
    'connection-request': connectionRequest,
    'missing-interest': missingInterest,
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
