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
interface Parsed {
  view: View;
  terms: EnglishTerm[];
}

export class EnglishText {
  private parsed = new Map<string, Parsed>();

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
          normal: (t.normal ?? t.text).toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, ''),
          tags: new Set(t.tags),
          post: t.post ?? '',
        });
      }
    }
    p = { view, terms };
    this.parsed.set(key, p);
    return p;
  }

  /** Windows of a few words around each match of the filter, merged where they overlap, never crossing a sentence. */
  private windows(filter: RegExp): Token[] {
    const global = new RegExp(filter.source, filter.flags.includes('g') ? filter.flags : filter.flags + 'g');
    const out: Token[] = [];
    for (const s of this.sentences()) {
      const words = [...s.text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      let current: { from: number; to: number } | null = null;
      for (const m of s.text.matchAll(global)) {
        const first = words.findIndex((w) => w.end > m.index);
        let last = words.findIndex((w) => w.end >= m.index + m[0].length);
        if (first === -1) continue;
        if (last === -1) last = words.length - 1;
        const from = Math.max(0, first - WINDOW_BEFORE);
        const to = Math.min(words.length - 1, last + WINDOW_AFTER);
        if (current && from <= current.to) current.to = Math.max(current.to, to);
        else {
          if (current) out.push(slice(s, words, current));
          current = { from, to };
        }
      }
      if (current) out.push(slice(s, words, current));
    }
    return out;
  }

  /** The tagged terms of each window around a match of the filter. */
  termsOf(filter: RegExp): EnglishTerm[][] {
    return this.windows(filter).map((w) => this.parse(w).terms);
  }

  /** Spans matching a compromise match-syntax pattern, in the windows around matches of the filter. */
  matches(pattern: string, filter: RegExp): Token[] {
    return this.windows(filter).flatMap((w) => {
      const json = this.parse(w).view.match(pattern).json({ offset: true }) as Array<{ text: string; offset: { start: number } }>;
      return json.map((m) => {
        // A match's text carries the punctuation after its last word; the span should not.
        const text = m.text.replace(/[^\p{L}\p{N}]+$/u, '');
        const start = w.start + m.offset.start;
        return { text, start, end: start + text.length };
      });
    });
  }
}

function slice(sentence: Token, words: { start: number; end: number }[], range: { from: number; to: number }): Token {
  const start = words[range.from].start;
  const end = words[range.to].end;
  return { text: sentence.text.slice(start, end), start: sentence.start + start, end: sentence.start + end };
}
