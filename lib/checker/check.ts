/**
 * check(draft, settings) → Report: the checker's single entry point. Pure and synchronous;
 * the only outside input is the clock, read here (never in a rule) when the draft has no `now`.
 */
import { judgeFollowUp } from './applicability';
import { abbreviationSources, phraseList } from './data/index';
import { EnglishText } from './english';
import { detectLanguage } from './language';
import { format, MESSAGES } from './messages/index';
import type { PhraseList, Span } from './phrases';
import type { Rule, RuleContext, RuleReport } from './rule';
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
  type RuleId,
  type Surface,
} from './types';

/** The checker reads at most this many characters of a draft; the report says when it stopped early. */
export const MAX_CHECKED_CHARS = 100_000;

/**
 * A report carries at most this many findings of one rule, and this many in all (Report.capped
 * says when it left some out). A job seeker never meets either: over the 1,000 drafts of the
 * public corpus and the ten independent sets, the most in one report was 11, all of one rule;
 * 50 of one rule is one flag every five words of a 250-word e-mail (the e-mail budget), and
 * nobody fixes the 51st before the first 50. Without caps, 100 KB of "lol " gave 50,000
 * findings (a 17 MB report) on every pause in typing, and the side panel took minutes to list them.
 */
export const MAX_FINDINGS_PER_RULE = 50;
/**
 * Shared fairly between the rules that fired (see `shareSlots`): with 15 rules each keeps at
 * least 13, so a whole-draft finding (one per rule) is never left out.
 */
export const MAX_FINDINGS_PER_REPORT = 200;

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

/** A list that, given the checked text, sees the checker's own sentences (abbreviations and initials do not end one). */
function withSentences(list: PhraseList, text: string, sentences: () => readonly Span[]): PhraseList {
  const spans = (t: string, given?: readonly Span[]) => given ?? (t === text ? sentences() : undefined);
  return {
    entries: list.entries,
    test: (t, given) => list.test(t, spans(t, given)),
    find: (t, given) => list.find(t, spans(t, given)),
    first: (t, given) => list.first(t, spans(t, given)),
  };
}

const abbreviationCache = new Map<Lang, RegExp | null>();
function abbreviations(lang: Lang): RegExp | null {
  if (!abbreviationCache.has(lang)) {
    abbreviationCache.set(lang, compileAbbreviations(abbreviationSources(lang)));
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
  const judgement = judgeFollowUp(text, language, draft, settings);
  const applicable = settings.force === true || judgement.applicable;

  const report: Report = {
    language,
    applicable,
    findings: [],
    stats: { words: words().length, sentences: sentences().length },
    followUp: { score: Math.round(judgement.score * 1000) / 1000, cues: judgement.cues },
  };
  if (checked.length < original.length) report.limit = { checkedChars: checked.length, totalChars: original.length };
  if (!applicable) return report;

  const now = draft.now ? Date.parse(draft.now) : Date.now();
  const adviceLang: Lang = settings.adviceLang && settings.adviceLang !== 'auto' ? settings.adviceLang : lang;
  const lines = lazy(() => allLines(text));
  const first = lazy(() => firstLine(text));
  const last = lazy(() => lastLine(text));

  const found: { rule: Rule; severity: Finding['severity'] | undefined; results: RuleReport[] }[] = [];
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
      list: (name) => withSentences(phraseList(lang, rule.id, name), text, sentences),
      words,
      sentences,
      lines,
      firstLine: first,
      lastLine: last,
      englishTerms: (filter) => english()?.termsOf(filter) ?? [],
      englishMatches: (pattern, filter) => english()?.matches(pattern, filter) ?? [],
    };
    found.push({ rule, severity: setting?.severity, results: rule.check(ctx) });
  }
  const total = found.reduce((n, f) => n + f.results.length, 0);
  const slots = shareSlots(
    found.map((f) => Math.min(f.results.length, MAX_FINDINGS_PER_RULE)),
    MAX_FINDINGS_PER_REPORT,
  );
  const cutRules: RuleId[] = [];
  found.forEach(({ rule, severity, results }, i) => {
    let kept = results;
    if (results.length > slots[i]) {
      // The first by position: the words the user reads first, and the ones fixed first.
      kept = [...results].sort((a, b) => a.start - b.start || a.end - b.end).slice(0, slots[i]);
      cutRules.push(rule.id);
    }
    for (const r of kept) report.findings.push(toFinding(rule, r, severity, adviceLang, lang, text));
  });
  if (report.findings.length < total) report.capped = { shown: report.findings.length, total, rules: cutRules };
  report.findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return report;
}

/**
 * Shares `capacity` slots between groups that want `wanted[i]` each: every group gets what it
 * wants or an equal share of what is left, whichever is smaller, the smallest wishes served
 * first (so a rule with one finding always keeps it, and no rule crowds out the others).
 */
export function shareSlots(wanted: readonly number[], capacity: number): number[] {
  const slots = new Array<number>(wanted.length).fill(0);
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a] - wanted[b]);
  let left = capacity;
  order.forEach((i, position) => {
    slots[i] = Math.min(wanted[i], Math.floor(left / (order.length - position)));
    left -= slots[i];
  });
  return slots;
}

function toFinding(
  rule: Rule,
  r: RuleReport,
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

