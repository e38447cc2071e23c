/** Every rule, in catalogue order. The meta test checks that each file in this folder is listed here. */
import type { Rule } from '../rule';
import publicPost from './public-post';
import humbleBrag from './humble-brag';
import missingThanks from './missing-thanks';
import missingInterviewReference from './missing-interview-reference';
import tooLong from './too-long';
import repetition from './repetition';
import informalTone from './informal-tone';
import genericGreeting from './generic-greeting';
import missingClosing from './missing-closing';
import overselling from './overselling';
import pushyTone from './pushy-tone';
import confusableWords from './confusable-words';
import lateFollowUp from './late-follow-up';
import connectionRequest from './connection-request';
import missingInterest from './missing-interest';

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
