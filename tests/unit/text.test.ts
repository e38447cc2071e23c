/** Segmentation: sentences with abbreviations and ordinals, words, lines, and blanking of quoted text. */
import { describe, expect, it } from 'vitest';
import { DATA } from '@/lib/checker/data/index';
import { allLines, compileAbbreviations, firstLine, maskNonOwnText, segmentSentences, segmentWords } from '@/lib/checker/text';
import type { Lang } from '@/lib/checker/types';

const sentences = (lang: Lang, text: string) =>
  segmentSentences(text, compileAbbreviations(DATA[lang].segmentation.abbreviations as string[]), lang !== 'en').map((s) => s.text);

describe('segmentSentences', () => {
  it.each([
    ['en', 'I met Dr. Smith and Ms. Jones. It went well, e.g. the tour. Thanks!', ['I met Dr. Smith and Ms. Jones.', 'It went well, e.g. the tour.', 'Thanks!']],
    ['de', 'Wir sprachen z. B. über die Schichten am 3. April. Danke!', ['Wir sprachen z. B. über die Schichten am 3. April.', 'Danke!']],
    ['da', 'Vi talte bl.a. om lageret den 12. marts. Tak for i dag.', ['Vi talte bl.a. om lageret den 12. marts.', 'Tak for i dag.']],
    ['nb', 'Vi snakket f.eks. om vaktene. Takk for praten!', ['Vi snakket f.eks. om vaktene.', 'Takk for praten!']],
    ['nb', 'Jeg har førerkort klasse B. Jeg har bil. Hilsen Anna K. Berg.', ['Jeg har førerkort klasse B.', 'Jeg har bil.', 'Hilsen Anna K. Berg.']],
    ['sv', 'Vi pratade bl.a. om lagret, t.ex. truckarna. Tack!', ['Vi pratade bl.a. om lagret, t.ex. truckarna.', 'Tack!']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => {
    expect(sentences(lang, text)).toEqual(want);
  });

  it('ends a sentence at every line break and skips empty lines', () => {
    expect(sentences('en', 'Dear Ms. Okafor,\n\nThank you\nfor the call.')).toEqual(['Dear Ms. Okafor,', 'Thank you', 'for the call.']);
  });
});

describe('segmentWords', () => {
  it('returns word-like tokens with offsets, also across its internal pieces', () => {
    const text = 'Tak for samtalen! 😀 '.repeat(300);
    const words = segmentWords(text, 'da');
    expect(words).toHaveLength(900);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe('lines', () => {
  it('finds the first and every non-empty line, trimmed', () => {
    const text = '\n  \n  Hi Anna,  \n\nThanks.\n';
    expect(firstLine(text)?.text).toBe('Hi Anna,');
    expect(allLines(text).map((l) => l.text)).toEqual(['Hi Anna,', 'Thanks.']);
  });
});

describe('maskNonOwnText', () => {
  it.each([
    ['Thanks!\n\nOn Mon, 4 Mar 2024, Anna <a@b.example> wrote:\n> hi', 'Thanks!\n\n'],
    ['Danke!\n\nAm Mo., 4. März 2024 um 10:00 schrieb Anna <a@b.example>:\n> hallo', 'Danke!\n\n'],
    ['Tak!\n\nDen man. 4. mar. 2024 kl. 10.00 skrev Anna <a@b.example>:\n> hej', 'Tak!\n\n'],
    ['Takk!\n\nman. 4. mar. 2024 kl. 10:00 skrev Anna <a@b.example>:\n> hei', 'Takk!\n\n'],
    ['Tack!\n\nDen 4 mars 2024 10:00 skrev Anna <a@b.example>:\n> hej', 'Tack!\n\n'],
    ['Thanks!\n-- \nKim\nPhone 123', 'Thanks!\n'],
    ['Thanks!\n> quoted\nMore.', 'Thanks!\n\nMore.'],
  ])('keeps only the new words of %j', (text, own) => {
    const masked = maskNonOwnText(text);
    expect(masked).toHaveLength(text.length);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(squash(masked)).toBe(squash(own));
  });
});
