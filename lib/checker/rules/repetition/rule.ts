import { ALL_LANGS, defineRule, type RuleContext, type RuleReport } from '../../rule';
import { stem } from '../../stem';
import type { Token } from '../../text';

/** A sentence repeated word for word must be at least this long to count. */
const MIN_REPEATED_SENTENCE_WORDS = 4;
/** This many sentences in a row opening with the same two words is a pattern the reader notices. */
const SAME_OPENING_RUN = 3;
/** A content word is overused at max(4, 2.5 % of the words). */
const OVERUSE_MIN = 4;
const OVERUSE_SHARE = 0.025;
const MIN_CONTENT_WORD_LENGTH = 4;
/** An opening word this long counts alone; shorter ones ("I", "The", "Jeg") count with the next word. */
const LONG_OPENING_WORD = 5;

const normalise = (s: string) => s.toLowerCase().replace(/’/g, "'");

function doubledWords(ctx: RuleContext, words: Token[]): RuleReport[] {
  const allowed = ctx.list('allowedDoubles');
  const out: RuleReport[] = [];
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    if (normalise(a.text) !== normalise(b.text) || !/\p{L}/u.test(a.text)) continue;
    // Only white space between them: "the the", not "the, the" or "the\n\nthe".
    const gap = ctx.text.slice(a.end, b.start);
    if (!/^[ \t\u00a0]+$/u.test(gap)) continue;
    const pair = ctx.text.slice(a.start, b.end);
    if (allowed.test(pair)) continue;
    out.push({ start: a.start, end: b.end, messageId: 'doubled' });
  }
  return out;
}

function sentenceKey(s: string): string {
  return (normalise(s).match(/[\p{L}\p{N}']+/gu) ?? []).join(' ');
}

function repeatedSentences(sentences: Token[]): RuleReport[] {
  const seen = new Set<string>();
  const out: RuleReport[] = [];
  for (const s of sentences) {
    const key = sentenceKey(s.text);
    if (key.split(' ').length < MIN_REPEATED_SENTENCE_WORDS) continue;
    if (seen.has(key)) out.push({ start: s.start, end: s.end, messageId: 'sentence' });
    else seen.add(key);
  }
  return out;
}

function sameOpenings(sentences: Token[]): RuleReport[] {
  const out: RuleReport[] = [];
  // "Besonders … Besonders … Besonders": a longer word opening three sentences is enough; after a
  // short one ("I", "Ich", "Jeg", "The") it takes the first two words ("I have … I have … I have").
  const opening = (s: Token) => {
    const words = sentenceKey(s.text).split(' ');
    if (words.length < 3) return null;
    return [...words[0]].length < LONG_OPENING_WORD ? words.slice(0, 2).join(' ') : words[0];
  };
  let runStart = 0;
  for (let i = 1; i <= sentences.length; i++) {
    const current = i < sentences.length ? opening(sentences[i]) : null;
    const first = opening(sentences[runStart]);
    if (current !== null && current === first) continue;
    const length = i - runStart;
    if (first !== null && length >= SAME_OPENING_RUN) {
      const lead = first.includes(' ') ? (/^[\p{L}\p{N}']+\s+[\p{L}\p{N}']+/u.exec(sentences[runStart].text)?.[0] ?? first) : (/^[\p{L}\p{N}']+/u.exec(sentences[runStart].text)?.[0] ?? first);
      out.push({
        start: sentences[runStart].start,
        end: sentences[i - 1].end,
        messageId: 'openings',
        data: { count: length, text: lead },
      });
    }
    runStart = i;
  }
  return out;
}

function overusedWords(ctx: RuleContext, words: Token[]): RuleReport[] {
  const stop = ctx.list('stopwords');
  const threshold = Math.max(OVERUSE_MIN, Math.ceil(words.length * OVERUSE_SHARE));
  const counts = new Map<string, number>();
  const out: RuleReport[] = [];
  for (const w of words) {
    const form = normalise(w.text);
    if ([...form].length < MIN_CONTENT_WORD_LENGTH || !/^\p{L}/u.test(form) || stop.test(form)) continue;
    // Snowball's stem, so inflected forms count as one word ("experience", "experiences").
    const key = stem(form, ctx.lang);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n === threshold && !stop.test(key)) {
      out.push({ start: w.start, end: w.end, messageId: 'overused', data: { count: threshold } });
    }
  }
  return out;
}

/** Doubled words, repeated sentences, sentences opening alike, an overused word (seed 002). */
export default defineRule({
  id: 'repetition',
  meta: {
    severity: 'warning',
    languages: ALL_LANGS,
    sources: ['002'],
    messageIds: ['doubled', 'sentence', 'openings', 'overused'],
    lists: ['stopwords', 'allowedDoubles'],
  },
  check(ctx) {
    const words = ctx.words();
    const sentences = ctx.sentences();
    return [...doubledWords(ctx, words), ...repeatedSentences(sentences), ...sameOpenings(sentences), ...overusedWords(ctx, words)];
  },
});
