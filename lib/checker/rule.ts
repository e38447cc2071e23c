import { LANGS, type Draft, type Lang, type RuleId, type Severity, type Surface } from './types';
import type { PhraseList } from './phrases';
import type { Token } from './text';
import type { EnglishTerm } from './english';

/** What a rule reports: a span and a message id; the checker adds severity, wording and advice. */
export interface RuleReport {
  start: number;
  end: number;
  messageId: string;
  /** Values for the message's {placeholders}. `text` defaults to the reported span. */
  data?: Record<string, string | number>;
  /** A concrete replacement in the draft's language; otherwise the rule's example sentence is used. */
  suggestion?: string;
  /** Overrides the rule's severity for this report (late-follow-up: info between 24 and 48 hours). */
  severity?: Severity;
}

export interface RuleContext {
  readonly draft: Draft;
  /** The draft with quoted text and signature blanked out: same length, same offsets. */
  readonly text: string;
  /** The language the draft is checked in. */
  readonly lang: Lang;
  readonly surface: Surface;
  /** The length budget for the surface (words; characters for connection notes). */
  readonly budget: number;
  /** The clock, in milliseconds, from Draft.now or the time of the check. */
  readonly now: number;
  /** A phrase list from this rule's data file for the draft's language. */
  list(name: string): PhraseList;
  words(): Token[];
  sentences(): Token[];
  firstLine(): Token | null;
  lastLine(): Token | null;
  lines(): Token[];
  /**
   * English only: the terms of each sentence the filter matches, with compromise's
   * part-of-speech tags; empty for other languages. Keep the filter narrow: tagging is the
   * checker's most expensive step.
   */
  englishTerms(filter: RegExp): EnglishTerm[][];
  /** English only: spans matching a compromise match-syntax pattern, in the sentences the filter matches. */
  englishMatches(pattern: string, filter: RegExp): Token[];
}

export interface RuleMeta {
  severity: Severity;
  /** Languages the rule works in. */
  languages: readonly Lang[];
  /** Seed articles (shared/seeds) the advice comes from. */
  sources: readonly string[];
  /** Message ids the rule reports; each has a text in every language's messages file. */
  messageIds: readonly string[];
  /** Lists the rule reads from data/<lang>/<rule-id>.json. */
  lists: readonly string[];
}

export interface Rule {
  id: RuleId;
  meta: RuleMeta;
  check(ctx: RuleContext): RuleReport[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A whole-draft finding sits on the first line (the greeting, usually). */
export function onFirstLine(ctx: RuleContext, messageId: string, extra: Partial<RuleReport> = {}): RuleReport[] {
  const line = ctx.firstLine();
  return line ? [{ start: line.start, end: line.end, messageId, ...extra }] : [];
}

/**
 * Whether the draft is a letter to the interviewer (an e-mail or a message; unknown boxes count).
 * The "something is missing" rules judge such a letter: a public post or comment is wrong as a
 * whole (public-post), and a connection note has its own rule and 300 characters.
 */
export function writesToTheInterviewer(surface: Surface): boolean {
  return surface === 'email' || surface === 'message' || surface === 'unknown';
}

/** Every language the checker supports. */
export const ALL_LANGS = LANGS;
