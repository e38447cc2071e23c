/**
 * Regression on the labelled sets in tests/corpus (the same scoring as shared/tools/score.py):
 * F1 over all rules at least 0.95, and language, applicability and marked spans all exact.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCases, scoreCases } from '../support/score';

const dir = join(__dirname, '..', 'corpus');

describe.each(readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => [f]))('%s', (file) => {
  const score = scoreCases(readCases(join(dir, file)));

  it('detects every language and tells follow-ups from other drafts', () => {
    const wrong = score.results.filter(({ c, r }) => r.language !== c.lang || r.applicable !== c.applicable || (!c.applicable && r.findings.length));
    expect(wrong.map(({ c, r }) => `${c.id}: ${r.language} ${r.applicable}`)).toEqual([]);
  });

  it('scores F1 ≥ 0.95 over the rule catalogue, with every marked span covered', () => {
    expect(score.f1, score.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.misses.filter((m) => m.includes(' no ')), 'marks').toEqual([]);
  });
});
