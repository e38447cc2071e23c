/**
 * Rule tables, per language: valid drafts where the rule must stay silent, invalid drafts
 * where it must report exactly the [[marked]] spans. Message wording is never asserted.
 */
import { describe, expect, it } from 'vitest';
import { check } from '@/lib/checker/check';
import type { Lang, RuleId } from '@/lib/checker/types';
import { CASES } from './cases/index';
import { parseMarks } from './marks';
import type { RuleCase } from './cases/types';

function run(lang: Lang, c: RuleCase, text: string) {
  return check({
    text,
    lang,
    platform: c.platform ?? (c.surface === 'connection-note' ? 'linkedin' : 'gmail'),
    surface: c.surface ?? 'email',
    interviewDate: c.interviewDate,
    now: c.now,
  });
}

const label = (c: RuleCase, text: string) => (c.note ? `${c.note}: ` : '') + JSON.stringify(text.slice(0, 70));

for (const [lang, cases] of Object.entries(CASES) as [Lang, (typeof CASES)[Lang]][]) {
  describe(`lang=${lang}`, () => {
    for (const [rule, table] of Object.entries(cases.rules) as [RuleId, NonNullable<(typeof cases.rules)[RuleId]>][]) {
      describe(rule, () => {
        for (const c of table.valid) {
          const { text } = parseMarks(c.text);
          it(`valid ${label(c, text)}`, () => {
            const report = run(lang, c, text);
            expect(report.applicable, 'the case must read as a follow-up').toBe(true);
            expect(report.findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end))).toEqual([]);
          });
        }
        for (const c of table.invalid) {
          const { text, spans } = parseMarks(c.text);
          it(`invalid ${label(c, text)}`, () => {
            const report = run(lang, c, text);
            expect(report.applicable, 'the case must read as a follow-up').toBe(true);
            const got = report.findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end) + ` @${f.start}`);
            const want = spans.map((s) => text.slice(s.start, s.end) + ` @${s.start}`);
            expect(got).toEqual(want);
          });
        }
      });
    }

    describe('detection', () => {
      for (const text of cases.detection) {
        it(`detects ${lang}: ${JSON.stringify(text.slice(0, 50))}`, () => {
          expect(check({ text, platform: 'other', surface: 'email' }).language).toBe(lang);
        });
      }
    });

    describe('not a follow-up', () => {
      for (const d of cases.notFollowUps) {
        it(`stays silent: ${JSON.stringify(d.text.slice(0, 50))}`, () => {
          const report = check({ platform: d.platform ?? 'gmail', surface: d.surface ?? 'email', text: d.text });
          expect(report.applicable).toBe(false);
          expect(report.findings).toEqual([]);
        });
      }
    });
  });
}
