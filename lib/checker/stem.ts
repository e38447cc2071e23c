/**
 * Snowball stemmers for the five languages, from nlp.js (@nlpjs/lang-*): the same algorithms as
 * the Snowball project's own, maintained, about 10 KB a language, and ~20 times faster than the
 * all-languages snowball-stemmers bundle (868 KB). Only the stemmer module of each package is
 * imported, not its tokenizer, stop words or sentiment data.
 */
import StemmerDa from '@nlpjs/lang-da/src/stemmer-da.js';
import StemmerDe from '@nlpjs/lang-de/src/stemmer-de.js';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerNo from '@nlpjs/lang-no/src/stemmer-no.js';
import StemmerSv from '@nlpjs/lang-sv/src/stemmer-sv.js';
import type { Lang } from './types';

interface Stemmer {
  stemWord(word: string): string;
}

const MAKERS: Record<Lang, () => Stemmer> = {
  en: () => new StemmerEn(),
  de: () => new StemmerDe(),
  da: () => new StemmerDa(),
  nb: () => new StemmerNo(),
  sv: () => new StemmerSv(),
};

const stemmers = new Map<Lang, Stemmer>();
const cache = new Map<string, string>();

/** A lower-case word's stem in the language ("intervjuene" → "intervju", "experiences" → "experi"). */
export function stem(word: string, lang: Lang): string {
  const key = `${lang}:${word}`;
  let out = cache.get(key);
  if (out === undefined) {
    let stemmer = stemmers.get(lang);
    if (!stemmer) stemmers.set(lang, (stemmer = MAKERS[lang]()));
    // Snowball's algorithms are written for words; a pasted 100,000-letter "word" is cut first.
    out = stemmer.stemWord(word.slice(0, 64));
    if (cache.size > 50_000) cache.clear();
    cache.set(key, out);
  }
  return out;
}
