/**
 * check(draft, settings) → Report: the checker's single entry point. Pure and synchronous;
 * the only outside input is the clock, read here (never in a rule) when the draft has no `now`.
 */
import { isFollowUp } from './applicability';
import { DATA } from './data/index';
import { EnglishText } from './english';
import { detectLanguage } from './language';
import { format, MESSAGES } from './messages/index';
import { compilePhraseList, type PhraseList } from './phrases';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules/index';
import {
  allLines,
  compileAbbreviations,
  firstLine,
  lastLine,
  maskNonOwnText,
  segmentSentences,
  segmentWords,
} from './text';
import {
  DEFAULT_BUDGETS,
  LANGS,
  PLATFORMS,
  SURFACES,
  type CheckSettings,
  type Draft,
  type Finding,
  type Lang,
  type Report,
  type Surface,
} from './types';

/** The checker reads at most this many characters of a draft; the report says when it stopped early. */
export const MAX_CHECKED_CHARS = 100_000;

export class DraftError extends Error {}

/** Throws a DraftError with a one-line reason when the value is not a Draft. */
export function validateDraft(value: unknown): Draft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DraftError('a draft must be an object');
  const d = value as Record<string, unknown>;
  if (typeof d.text !== 'string') throw new DraftError('draft.text must be a string');
  if (d.platform !== undefined && !PLATFORMS.includes(d.platform as never))
    throw new DraftError(`draft.platform must be one of ${PLATFORMS.join(', ')}`);
  if (d.surface !== undefined && !SURFACES.includes(d.surface as never))
    throw new DraftError(`draft.surface must be one of ${SURFACES.join(', ')}`);
  for (const key of ['interviewDate', 'now'] as const) {
    if (d[key] !== undefined && (typeof d[key] !== 'string' || Number.isNaN(Date.parse(d[key] as string))))
      throw new DraftError(`draft.${key} must be an ISO 8601 date`);
  }
  if (d.lang !== undefined && d.lang !== 'auto' && !LANGS.includes(d.lang as never))
    throw new DraftError(`draft.lang must be auto or one of ${LANGS.join(', ')}`);
  if (d.subject !== undefined && typeof d.subject !== 'string') throw new DraftError('draft.subject must be a string');
  if (d.recipients !== undefined && !(Array.isArray(d.recipients) && d.recipients.every((r) => typeof r === 'string')))
    throw new DraftError('draft.recipients must be a list of strings');
  return { platform: 'other', surface: 'unknown', ...(d as object) } as Draft;
}

const listCache = new Map<string, PhraseList>();
function phraseList(lang: Lang, file: string, name: string): PhraseList {
  const key = `${lang}/${file}/${name}`;
  let list = listCache.get(key);
  if (!list) {
    const data = DATA[lang][file]?.[name];
    if (data === undefined) throw new Error(`missing phrase list ${key}.json#${name}`);
    list = compilePhraseList(data, { caseSensitive: name.startsWith('caseSensitive') });
    listCache.set(key, list);
  }
  return list;
}

const abbreviationCache = new Map<Lang, RegExp | null>();
function abbreviations(lang: Lang): RegExp | null {
  if (!abbreviationCache.has(lang)) {
    abbreviationCache.set(lang, compileAbbreviations(DATA[lang].segmentation.abbreviations as readonly string[]));
  }
  return abbreviationCache.get(lang)!;
}

/** Cuts a string at a length without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function lazy<T>(make: () => T): () => T {
  let value: T;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

function budgetFor(surface: Surface, settings: CheckSettings): number {
  const key = surface === 'unknown' ? 'email' : surface;
  const configured = settings.budgets?.[key];
  return typeof configured === 'number' && configured > 0 ? configured : DEFAULT_BUDGETS[key];
}

export function check(input: Draft, settings: CheckSettings = {}): Report {
  const draft = validateDraft(input);
  const original = draft.text;
  const checked = cutAt(original, MAX_CHECKED_CHARS);
  const text = maskNonOwnText(checked);

  const language: Lang | 'und' =
    draft.lang && draft.lang !== 'auto' ? draft.lang : detectLanguage(text, settings.preferredLang);
  const lang: Lang = language === 'und' ? (settings.preferredLang ?? 'en') : language;

  const words = lazy(() => segmentWords(text, lang));
  const sentences = lazy(() => segmentSentences(text, abbreviations(lang), lang !== 'en'));
  const english = lazy(() => (lang === 'en' ? new EnglishText(sentences) : null));
  const applicable = settings.force === true || isFollowUp(text, language, draft, settings);

  const report: Report = {
    language,
    applicable,
    findings: [],
    stats: { words: words().length, sentences: sentences().length },
  };
  if (checked.length < original.length) report.limit = { checkedChars: checked.length, totalChars: original.length };
  if (!applicable) return report;

  const now = draft.now ? Date.parse(draft.now) : Date.now();
  const adviceLang: Lang = settings.adviceLang && settings.adviceLang !== 'auto' ? settings.adviceLang : lang;
  const lines = lazy(() => allLines(text));
  const first = lazy(() => firstLine(text));
  const last = lazy(() => lastLine(text));

  for (const rule of RULES) {
    const setting = settings.rules?.[rule.id];
    if (setting?.enabled === false || !rule.meta.languages.includes(lang)) continue;
    const ctx: RuleContext = {
      draft,
      text,
      lang,
      surface: draft.surface,
      budget: budgetFor(draft.surface, settings),
      now,
      list: (name) => phraseList(lang, rule.id, name),
      words,
      sentences,
      lines,
      firstLine: first,
      lastLine: last,
      englishTerms: (filter) => english()?.termsOf(filter) ?? [],
      englishMatches: (pattern, filter) => english()?.matches(pattern, filter) ?? [],
    };
    for (const r of rule.check(ctx)) {
      report.findings.push(toFinding(rule, r, setting?.severity, adviceLang, lang, text));
    }
  }
  report.findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return report;
}

function toFinding(
  rule: Rule,
  r: ReturnType<Rule['check']>[number],
  severityOverride: Finding['severity'] | undefined,
  adviceLang: Lang,
  draftLang: Lang,
  text: string,
): Finding {
  const advice = MESSAGES[adviceLang].rules[rule.id];
  const values: Record<string, string | number> = {
    text: text.slice(r.start, r.end),
    ...r.data,
  };
  if (typeof values.surface === 'string') {
    values.surface = MESSAGES[adviceLang].surfaces[values.surface as Surface] ?? values.surface;
  }
  const finding: Finding = {
    rule: rule.id,
    severity: severityOverride ?? r.severity ?? rule.meta.severity,
    start: r.start,
    end: r.end,
    message: format(advice.messages[r.messageId] ?? r.messageId, values),
    advice: advice.advice,
  };
  const suggestion = r.suggestion ?? MESSAGES[draftLang].rules[rule.id].suggestion;
  if (suggestion) finding.suggestion = suggestion;
  return finding;
}

