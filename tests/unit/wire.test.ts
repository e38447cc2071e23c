/** Reports over messaging: each rule's advice once, the findings without it, nothing lost. */
import { describe, expect, it } from 'vitest';
import { check } from '@/lib/checker/check';
import { MESSAGES } from '@/lib/checker/messages/index';
import type { Draft } from '@/lib/checker/types';
import { toWireReport, withAdvice } from '@/lib/wire';

const email = (text: string): Draft => ({ text, platform: 'gmail', surface: 'email' });
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('wire reports', () => {
  it.each([
    ['lol ', 'informal-tone'],
    ['your ', 'repetition'],
  ] as const)('100 KB of %j travels in under 200 KB, each advice text once', (unit, rule) => {
    const report = check(email(unit.repeat(100_000 / unit.length)), { force: true, adviceLang: 'en' });
    const json = JSON.stringify(toWireReport(report));
    expect(json.length).toBeLessThan(200_000);
    const rules = new Set(report.findings.map((f) => f.rule));
    expect(rules).toContain(rule);
    for (const id of rules) expect(occurrences(json, JSON.stringify(MESSAGES.en.rules[id].advice)), id).toBe(1);
  });

  it('gives back every finding of check() exactly, advice included', () => {
    const text = 'Hey Sam,\n\nIt was great to chat about the job yesterday lol. Gonna send my portfolio lol.\n\nBest,\nKim';
    const report = check(email(text), { adviceLang: 'de' });
    expect(report.findings.length).toBeGreaterThan(3);
    const wire = toWireReport(report);
    expect(wire.findings.every((f) => !('advice' in f))).toBe(true);
    expect(wire.findings.map((f) => withAdvice(wire, f))).toEqual(report.findings);
    const { findings: _f, advice: _a, ...rest } = wire;
    const { findings: _g, ...expected } = report;
    expect(rest).toEqual(expected);
  });
});
