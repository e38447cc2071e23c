// The phrase lists of one language, one file per rule (see ../README.md).
import type { LanguageData } from '../index';
import applicability from './applicability.json';
import language from './language.json';
import segmentation from './segmentation.json';
import publicPost from './public-post.json';
import humbleBrag from './humble-brag.json';
import missingThanks from './missing-thanks.json';
import missingInterviewReference from './missing-interview-reference.json';
import repetition from './repetition.json';
import informalTone from './informal-tone.json';
import genericGreeting from './generic-greeting.json';
import missingClosing from './missing-closing.json';
import overselling from './overselling.json';
import pushyTone from './pushy-tone.json';
import connectionRequest from './connection-request.json';
import missingInterest from './missing-interest.json';

export default {
  'applicability': applicability,
  'language': language,
  'segmentation': segmentation,
  'public-post': publicPost,
  'humble-brag': humbleBrag,
  'missing-thanks': missingThanks,
  'missing-interview-reference': missingInterviewReference,
  'repetition': repetition,
  'informal-tone': informalTone,
  'generic-greeting': genericGreeting,
  'missing-closing': missingClosing,
  'overselling': overselling,
  'pushy-tone': pushyTone,
  'connection-request': connectionRequest,
  'missing-interest': missingInterest,
} satisfies LanguageData;
