/** Every rule, in catalogue order. The meta test checks that each file in this folder is listed here. */
import type { Rule } from '../rule';
import publicPost from './public-post/rule';
import humbleBrag from './humble-brag/rule';
import missingThanks from './missing-thanks/rule';
import missingInterviewReference from './missing-interview-reference/rule';
import tooLong from './too-long/rule';
import repetition from './repetition/rule';
import informalTone from './informal-tone/rule';
import genericGreeting from './generic-greeting/rule';
import missingClosing from './missing-closing/rule';
import overselling from './overselling/rule';
import pushyTone from './pushy-tone/rule';
import confusableWords from './confusable-words/rule';
import lateFollowUp from './late-follow-up/rule';
import connectionRequest from './connection-request/rule';
import missingInterest from './missing-interest/rule';

export const RULES: readonly Rule[] = [
  publicPost,
  humbleBrag,
  missingThanks,
  missingInterviewReference,
  tooLong,
  repetition,
  informalTone,
  genericGreeting,
  missingClosing,
  overselling,
  pushyTone,
  confusableWords,
  lateFollowUp,
  connectionRequest,
  missingInterest,
];
