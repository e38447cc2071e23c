/**
 * The English path's NLP: compromise's tagger, loaded once. Tagging costs about 60 µs a word,
 * so only what a rule asks about is parsed: a window of a few words around each match of the
 * rule's cheap filter, within its sentence, each window once per check. Other languages never
 * touch it.
 */
import nlp from 'compromise/two';
import type { Token } from './text';

export interface EnglishTerm extends Token {
  /** Lower case, without surrounding punctuation, straight apostrophes. */
  normal: string;
  tags: ReadonlySet<string>;
  /** Punctuation right after the term ("," "." …). */
  post: string;
}

type View = ReturnType<typeof nlp>;

/** Words of context kept on each side of a filter match: enough for the tags a rule looks at. */
const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 4;
/** A merged window is cut here, so tagging stays linear in the text however dense the matches. */
const MAX_WINDOW_WORDS = 40;
/**
 * Words tagged in one check, at most: about 0.6 s of compromise's time. A real e-mail needs a
 * few hundred; a pasted wall of "i am the i am the …" stops being tagged here (the English-only
 * tag rules look no further), so one check stays bounded however long the draft.
 */
const MAX_TAGGED_WORDS = 10_000;
interface Parsed {
  view: View;
  terms: EnglishTerm[];
}

export class EnglishText {
  private parsed = new Map<string, Parsed>();
  private taggedWords = 0;

  constructor(private readonly sentences: () => Token[]) {}

  private parse(sentence: Token): Parsed {
    // (a window of a sentence, or a whole one)
    const key = `${sentence.start}:${sentence.end}`;
    let p = this.parsed.get(key);
    if (p) return p;
    const view = nlp(sentence.text);
    const terms: EnglishTerm[] = [];
    const json = view.json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ text: string; normal?: string; post?: string; tags: string[]; offset: { start: number; length: number } }>;
    }>;
    for (const s of json) {
      for (const t of s.terms) {
        // Contractions ("you're") add an empty implicit term for the expanded word; skip it.
        if (!t.text) continue;
        const start = sentence.start + t.offset.start;
        terms.push({
          text: t.text,
          start,
          end: start + t.offset.length,
          normal: trimTo(WORD_OR_APOSTROPHE, (t.normal ?? t.text).toLowerCase().replace(/’/g, "'")),
          tags: new Set(t.tags),
          post: t.post ?? '',
        });
      }
    }
    p = { view, terms };
    this.parsed.set(key, p);
    return p;
  }

  /**
   * Windows of a few words around each match of the filter, merged where they overlap, never
   * crossing a sentence and never longer than MAX_WINDOW_WORDS: a sentence of ten thousand
   * matches ("i am the i am the …") is tagged in short pieces, not as one huge window.
   * One pass over each sentence's words, however many matches.
   */
  private windows(filter: RegExp): Token[] {
    const global = new RegExp(filter.source, filter.flags.includes('g') ? filter.flags : filter.flags + 'g');
    const out: Token[] = [];
    for (const s of this.sentences()) {
      const words = [...s.text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      let current: { from: number; to: number } | null = null;
      let first = 0;
      for (const m of s.text.matchAll(global)) {
        // Matches come in order: the words they touch only move forward.
        while (first < words.length && words[first].end <= m.index) first++;
        if (first === words.length) break;
        let last = first;
        while (last < words.length - 1 && words[last].end < m.index + m[0].length) last++;
        let from = Math.max(0, first - WINDOW_BEFORE);
        const to = Math.min(words.length - 1, last + WINDOW_AFTER);
        if (current && from <= current.to && to - current.from < MAX_WINDOW_WORDS) {
          current.to = Math.max(current.to, to);
          continue;
        }
        if (current) {
          out.push(slice(s, words, current));
          from = Math.max(from, current.to + 1);
        }
        current = from <= to ? { from, to } : null;
      }
      if (current) out.push(slice(s, words, current));
    }
    return out;
  }

  /** The windows that still fit in this check's tagging budget (those parsed before always do). */
  private budgeted(windows: Token[]): Token[] {
    const out: Token[] = [];
    for (const w of windows) {
      if (!this.parsed.has(`${w.start}:${w.end}`)) {
        const words = w.text.split(/\s+/u).length;
        if (this.taggedWords + words > MAX_TAGGED_WORDS) break;
        this.taggedWords += words;
      }
      out.push(w);
    }
    return out;
  }

  /** The tagged terms of each window around a match of the filter. */
  termsOf(filter: RegExp): EnglishTerm[][] {
    return this.budgeted(this.windows(filter)).map((w) => this.parse(w).terms);
  }

  /** Spans matching a compromise match-syntax pattern, in the windows around matches of the filter. */
  matches(pattern: string, filter: RegExp): Token[] {
    return this.budgeted(this.windows(filter)).flatMap((w) => {
      const json = this.parse(w).view.match(pattern).json({ offset: true }) as Array<{ text: string; offset: { start: number } }>;
      return json.map((m) => {
        // A match's text carries the punctuation after its last word; the span should not.
        const text = trimEndTo(WORD_CHAR, m.text);
        const start = w.start + m.offset.start;
        return { text, start, end: start + text.length };
      });
    });
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_OR_APOSTROPHE = /[\p{L}\p{N}']/u;

/** The string without the characters at its ends that are not `keep` (a loop: a trimming regex is quadratic on a long run). */
function trimTo(keep: RegExp, s: string): string {
  let start = 0;
  while (start < s.length && !keep.test(s[start])) start++;
  return trimEndTo(keep, s.slice(start));
}

function trimEndTo(keep: RegExp, s: string): string {
  let end = s.length;
  while (end > 0 && !keep.test(s[end - 1])) end--;
  return s.slice(0, end);
}

function slice(sentence: Token, words: { start: number; end: number }[], range: { from: number; to: number }): Token {
  const start = words[range.from].start;
  const end = words[range.to].end;
  return { text: sentence.text.slice(start, end), start: sentence.start + start, end: sentence.start + end };
}
