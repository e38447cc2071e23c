import type { Platform, RuleId, Surface } from '@/lib/checker/types';

/**
 * One draft in a rule table. In `invalid` cases, every span the rule must report is
 * marked with [[double brackets]] (the brackets are removed before checking); the rule
 * must report exactly those spans, no more and no fewer. `valid` cases have no marks and
 * the rule must not fire. Every case must be a job-interview follow-up (the test asserts
 * that the report is applicable). Defaults: surface 'email', platform 'gmail'.
 */
export interface RuleCase {
  text: string;
  surface?: Surface;
  platform?: Platform;
  interviewDate?: string;
  now?: string;
  /** What the case is about, for the reader of a failing test. */
  note?: string;
}

export interface RuleTable {
  valid: RuleCase[];
  invalid: RuleCase[];
}

export interface LanguageCases {
  rules: Partial<Record<RuleId, RuleTable>>;
  /** Drafts of 8 words or more that language detection must assign to this language. */
  detection: string[];
  /** Drafts in this language that are NOT job follow-ups: the report must be inapplicable with no findings. */
  notFollowUps: { text: string; surface?: Surface; platform?: Platform }[];
}
