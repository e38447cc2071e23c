/**
 * Regression on the labelled sets in tests/corpus (the same scoring as shared/tools/score.py):
 * F1 over all rules at least 0.95, and language, applicability and marked spans all exact.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '@/lib/checker/check';
import { RULE_IDS, type Draft, type RuleId } from '@/lib/checker/types';

interface Case {
  id: string;
  lang: string;
  platform: Draft['platform'];
  surface: Draft['surface'];
  text: string;
  interviewDate?: string;
  now?: string;
  expect: RuleId[];
  allow: RuleId[];
  applicable: boolean;
  mark: Partial<Record<RuleId, string>>;
}

const dir = join(__dirname, '..', 'corpus');

describe.each(readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => [f]))('%s', (file) => {
  const cases: Case[] = readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const results = cases.map((c) => ({
    c,
    r: check({ text: c.text, platform: c.platform, surface: c.surface, interviewDate: c.interviewDate, now: c.now }),
  }));

  it('detects every language and tells follow-ups from other drafts', () => {
    const wrong = results.filter(({ c, r }) => r.language !== c.lang || r.applicable !== c.applicable || (!c.applicable && r.findings.length));
    expect(wrong.map(({ c, r }) => `${c.id}: ${r.language} ${r.applicable}`)).toEqual([]);
  });

  it('scores F1 ≥ 0.95 over the rule catalogue, with every marked span covered', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const { c, r } of results) {
      if (!c.applicable) continue;
      const fired = new Set(r.findings.map((f) => f.rule));
      for (const rule of RULE_IDS) {
        const want = c.expect.includes(rule);
        if (want && fired.has(rule)) tp++;
        else if (want) (fn++, misses.push(`${c.id}: missed ${rule}`));
        else if (fired.has(rule) && !c.allow.includes(rule)) (fp++, misses.push(`${c.id}: false ${rule}`));
      }
      for (const [rule, sub] of Object.entries(c.mark)) {
        const i = c.text.indexOf(sub!);
        const covered = r.findings.some((f) => f.rule === rule && f.start < i + sub!.length && f.end > i);
        if (!covered) misses.push(`${c.id}: no ${rule} over ${JSON.stringify(sub)}`);
      }
    }
    // As score.py: with nothing expected and nothing fired, precision and recall are 1.
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    expect(f1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(misses.filter((m) => m.includes(' no ')), 'marks').toEqual([]);
  });
});
