/**
 * The English path's NLP: compromise, loaded once. It tags parts of speech for
 * confusable words and self-praise; other languages never touch it.
 */
import nlp from 'compromise';
import type { Token } from './text';

export interface EnglishTerm extends Token {
  /** Lower case, without surrounding punctuation. */
  normal: string;
  tags: ReadonlySet<string>;
  /** Punctuation right after the term (",", "." …). */
  post: string;
}

type View = ReturnType<typeof nlp>;

export class EnglishDoc {
  private doc: View;
  private cachedTerms: EnglishTerm[] | null = null;

  constructor(text: string) {
    this.doc = nlp(text);
  }

  terms(): EnglishTerm[] {
    if (this.cachedTerms) return this.cachedTerms;
    const out: EnglishTerm[] = [];
    const json = this.doc.json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ text: string; normal?: string; post?: string; tags: string[]; offset: { start: number; length: number } }>;
    }>;
    for (const sentence of json) {
      for (const t of sentence.terms) {
        // Contractions ("you're") add an empty implicit term for the expanded word; skip it.
        if (!t.text) continue;
        const start = t.offset.start;
        out.push({
          text: t.text,
          start,
          end: start + t.offset.length,
          normal: (t.normal ?? t.text).toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '').replace(/’/g, "'"),
          tags: new Set(t.tags),
          post: t.post ?? '',
        });
      }
    }
    this.cachedTerms = out;
    return out;
  }

  matches(pattern: string): Token[] {
    const json = this.doc.match(pattern).json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
    return json.map((m) => {
      // A match's offset covers the punctuation after its last word; the span should not.
      const text = m.text.replace(/[^\p{L}\p{N}]+$/u, '');
      return { text, start: m.offset.start, end: m.offset.start + text.length };
    });
  }
}
