/** Segmentation: sentences with abbreviations and ordinals, words, lines, and blanking of quoted text. */
import { describe, expect, it } from 'vitest';
import { abbreviationSources } from '@/lib/checker/data/index';
import { allLines, compileAbbreviations, firstLine, lineSpans, maskNonOwnText, segmentSentences, segmentWords } from '@/lib/checker/text';
import type { Lang } from '@/lib/checker/types';

const sentences = (lang: Lang, text: string) =>
  segmentSentences(text, compileAbbreviations(abbreviationSources(lang)), lang !== 'en').map((s) => s.text);

describe('segmentSentences', () => {
  it.each([
    ['en', 'I met Dr. Smith and Ms. Jones. It went well, e.g. the tour. Thanks!', ['I met Dr. Smith and Ms. Jones.', 'It went well, e.g. the tour.', 'Thanks!']],
    ['de', 'Wir sprachen z. B. über die Schichten am 3. April. Danke!', ['Wir sprachen z. B. über die Schichten am 3. April.', 'Danke!']],
    ['da', 'Vi talte bl.a. om lageret den 12. marts. Tak for i dag.', ['Vi talte bl.a. om lageret den 12. marts.', 'Tak for i dag.']],
    ['nb', 'Vi snakket f.eks. om vaktene. Takk for praten!', ['Vi snakket f.eks. om vaktene.', 'Takk for praten!']],
    ['nb', 'Jeg har førerkort klasse B. Jeg har bil. Hilsen Anna K. Berg.', ['Jeg har førerkort klasse B.', 'Jeg har bil.', 'Hilsen Anna K. Berg.']],
    ['sv', 'Vi pratade bl.a. om lagret, t.ex. truckarna. Tack!', ['Vi pratade bl.a. om lagret, t.ex. truckarna.', 'Tack!']],
    // A spaced abbreviation: its first dot does not end the sentence either.
    ['sv', 'Jag har arbetat med t. ex. Excel och bl. a. SQL. Tack!', ['Jag har arbetat med t. ex. Excel och bl. a. SQL.', 'Tack!']],
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
    // Opening words that end in a letter \b does not know ("på") or a dot ("d."): the old pattern missed both.
    ['Takk!\n\nPå tir. 4. mar. 2024 kl. 10:00 skrev Anna <a@b.example>:\n> hei', 'Takk!\n\n'],
    ['Tak!\n\nd. 4. mar. 2024 kl. 10.00 skrev Anna <a@b.example>:\n> hej', 'Tak!\n\n'],
    // Every line-ending convention ends a line: CR alone, CRLF, U+2028.
    ['Thanks!\r\rOn Mon, 4 Mar 2024, Anna <a@b.example> wrote:\r> hi', 'Thanks!'],
    ['Thanks!\r\n> quoted\r\nMore.', 'Thanks! More.'],
    ['Danke!\u2028Von: Anna\u2028Gesendet: Montag\u2028Betreff: x', 'Danke!'],
    // An attribution line must end with its colon: a sentence about someone who wrote is the user's own.
    ['On Monday Anna wrote the brief: it was great.\nThanks!', 'On Monday Anna wrote the brief: it was great.\nThanks!'],
  ])('keeps only the new words of %j', (text, own) => {
    const masked = maskNonOwnText(text);
    expect(masked).toHaveLength(text.length);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(squash(masked)).toBe(squash(own));
  });
});

describe('lines in every convention', () => {
  it('ends a line at LF, CRLF, CR, U+2028 and U+2029, with offsets into the text', () => {
    const text = 'a\nb\r\nc\rd\u2028e\u2029f';
    expect(lineSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(allLines('Hi Anna,\r\rThanks.\u2028Kim').map((l) => l.text)).toEqual(['Hi Anna,', 'Thanks.', 'Kim']);
  });

  it('ends a sentence at a run of dots or bangs once, however long the run', () => {
    const text = `Thanks${'!'.repeat(50_000)} Anna`;
    expect(segmentSentences(text, null, false).map((s) => s.text)).toEqual([`Thanks${'!'.repeat(50_000)}`, 'Anna']);
    expect(segmentSentences(`x${'.'.repeat(50_000)}x`, null, false)).toHaveLength(1);
  });
});
