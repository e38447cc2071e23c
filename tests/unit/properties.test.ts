/**
 * Property tests on random and adversarial text: check() never throws, offsets lie inside the
 * text with start ≤ end, findings are sorted, and the same draft always gives the same report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '@/lib/checker/check';
import { LANGS, SURFACES, type Draft, type Report } from '@/lib/checker/types';

const NOW = '2026-03-10T12:00:00Z';

function assertWellFormed(draft: Draft, report: Report) {
  const checked = Math.min(draft.text.length, report.limit?.checkedChars ?? Infinity);
  let previous = -1;
  for (const f of report.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.end).toBeLessThanOrEqual(checked);
    expect(f.start).toBeGreaterThanOrEqual(previous);
    previous = f.start;
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.advice.length).toBeGreaterThan(0);
  }
  if (!report.applicable) expect(report.findings).toEqual([]);
}

// Pieces that exercise the edges: follow-up words (so rules run), emoji with joiners and skin
// tones, flags, right-to-left text, combining marks, lone surrogates, HTML and script, quotes.
const pieces = fc.constantFrom(
  'Thank you for the interview about the position. ',
  'Tak for samtalen om stillingen! ',
  'Vielen Dank für das Vorstellungsgespräch. ',
  'Tack för intervjun om tjänsten. ',
  'Takk for intervjuet om stillingen. ',
  '👩🏽‍💻🔥🔥 ',
  '🇳🇴🇩🇰 ',
  'שלום עולם مرحبا ',
  '\u202Eevil\u202C ',
  'e\u0301\u0301\u0301 Z\u0351\u0352 ',
  '\uD800 ',
  ' \uDC00',
  '<img src=x onerror=alert(1)></script> ',
  'javascript:alert(1) ',
  '> quoted line\n',
  '\n-- \nSignature\n',
  'On Mon, 1 Jan 2024, A <a@b.c> wrote:\n',
  '!!!??? ',
  'SHOUTING LOUDLY ',
  'the the ',
  '\n\n',
  '\t\r\n',
  '',
);

const drafts = fc.record({
  text: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.array(fc.oneof(pieces, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((a) => a.join('')),
  ),
  platform: fc.constantFrom('gmail', 'linkedin', 'facebook', 'other') as fc.Arbitrary<Draft['platform']>,
  surface: fc.constantFrom(...SURFACES),
  lang: fc.constantFrom('auto', ...LANGS) as fc.Arbitrary<Draft['lang']>,
  interviewDate: fc.option(fc.constantFrom('2026-03-01T09:00:00Z', '2026-03-09T15:00:00+01:00', '2026-03-10T11:00:00Z'), { nil: undefined }),
});

describe('check() on random and adversarial drafts', () => {
  it('never throws, keeps offsets inside the text, sorts findings, and is deterministic', () => {
    fc.assert(
      fc.property(drafts, fc.boolean(), (d, force) => {
        const draft: Draft = { ...d, now: NOW };
        const report = check(draft, { force });
        assertWellFormed(draft, report);
        expect(check(draft, { force })).toEqual(report);
      }),
      { numRuns: 400 },
    );
  });

  it('handles 1 MB strings within the character limit', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 8 }), fc.constantFrom(...SURFACES), (parts, surface) => {
        const chunk = parts.join('') || 'x';
        const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
        const draft: Draft = { text, platform: 'gmail', surface, now: NOW };
        const report = check(draft, { force: true });
        assertWellFormed(draft, report);
        expect(report.limit?.totalChars).toBe(text.length);
      }),
      { numRuns: 6 },
    );
  });
});
