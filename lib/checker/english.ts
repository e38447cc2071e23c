/**
 * The English path's NLP: compromise's tagger, loaded once. Tagging costs about 40 µs a word,
 * so only the sentences a rule asks about (those its cheap filter matches) are parsed, each
 * once per check. Other languages never touch it.
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
interface Parsed {
  view: View;
  terms: EnglishTerm[];
}

export class EnglishText {
  private parsed = new Map<number, Parsed>();

  constructor(private readonly sentences: () => Token[]) {}

  private parse(sentence: Token): Parsed {
    let p = this.parsed.get(sentence.start);
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
    this.parsed.set(sentence.start, p);
    return p;
  }

  private selected(filter: RegExp): Token[] {
    return this.sentences().filter((s) => {
      filter.lastIndex = 0;
      return filter.test(s.text);
    });
  }

  /** The tagged terms of each sentence that the filter matches. */
  termsOf(filter: RegExp): EnglishTerm[][] {
    return this.selected(filter).map((s) => this.parse(s).terms);
  }

  /** Spans matching a compromise match-syntax pattern, in the sentences that the filter matches. */
  matches(pattern: string, filter: RegExp): Token[] {
    return this.selected(filter).flatMap((s) => {
      const json = this.parse(s).view.match(pattern).json({ offset: true }) as Array<{ text: string; offset: { start: number } }>;
      return json.map((m) => {
        // A match's text carries the punctuation after its last word; the span should not.
        const text = m.text.replace(/[^\p{L}\p{N}]+$/u, '');
        const start = s.start + m.offset.start;
        return { text, start, end: start + text.length };
      });
    });
  }
}
