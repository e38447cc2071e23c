/** Scores labelled drafts the way shared/tools/score.py does (used by corpus.test.ts and arrived.test.ts). */
import { readFileSync } from 'node:fs';
import { check } from '@/lib/checker/check';
import { RULE_IDS, type Draft, type Report, type RuleId } from '@/lib/checker/types';

export interface LabelledCase {
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

export interface SetScore {
  results: { c: LabelledCase; r: Report }[];
  f1: number;
  language: number;
  applicable: number;
  marks: number;
  markCount: number;
  misses: string[];
}

export function readCases(path: string): LabelledCase[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

export function scoreCases(cases: LabelledCase[]): SetScore {
  const results = cases.map((c) => ({ c, r: check({ text: c.text, platform: c.platform, surface: c.surface, interviewDate: c.interviewDate, now: c.now }) }));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let marks = 0;
  let markCount = 0;
  const misses: string[] = [];
  for (const { c, r } of results) {
    if (r.applicable !== c.applicable) misses.push(`${c.id}: applicable ${r.applicable}`);
    if (!c.applicable) continue;
    const fired = new Set(r.findings.map((f) => f.rule));
    for (const rule of RULE_IDS) {
      const want = c.expect.includes(rule);
      if (want && fired.has(rule)) tp++;
      else if (want) (fn++, misses.push(`${c.id}: missed ${rule}`));
      else if (fired.has(rule) && !c.allow.includes(rule)) (fp++, misses.push(`${c.id}: false ${rule}`));
    }
    for (const [rule, sub] of Object.entries(c.mark)) {
      markCount++;
      const i = c.text.indexOf(sub!);
      const covered = r.findings.some((f) => f.rule === rule && f.start < i + sub!.length && f.end > i);
      if (covered) marks++;
      else misses.push(`${c.id}: no ${rule} over ${JSON.stringify(sub)}`);
    }
  }
  // As score.py: with nothing expected and nothing fired, precision and recall are 1.
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    results,
    f1,
    language: results.filter(({ c, r }) => r.language === c.lang).length,
    applicable: results.filter(({ c, r }) => r.applicable === c.applicable).length,
    marks,
    markCount,
    misses,
  };
}
