/**
 * The sets that arrived to measure issue 8 (tests/corpus/arrived) are kept as regression tests
 * without being fitted to: they stay out of training and out of the exact corpus test, and each
 * must keep at least the score it has now (floors.json, raised by hand when the checker improves).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCases, scoreCases } from '../support/score';

const dir = join(__dirname, '..', 'corpus', 'arrived');
const floors: Record<string, { f1: number; language: number; applicable: number; marks: number }> = JSON.parse(readFileSync(join(dir, 'floors.json'), 'utf8'));

describe.each(Object.keys(floors).map((f) => [f]))('%s', (file) => {
  const score = scoreCases(readCases(join(dir, file)));
  const floor = floors[file];

  it('keeps its F1, language, applicability and marks', () => {
    const got = { f1: Math.round(score.f1 * 1000) / 1000, language: score.language, applicable: score.applicable, marks: score.marks };
    expect(got.f1, score.misses.join('\n')).toBeGreaterThanOrEqual(floor.f1);
    expect(got.language).toBeGreaterThanOrEqual(floor.language);
    expect(got.applicable, score.misses.filter((m) => m.includes('applicable')).join('\n')).toBeGreaterThanOrEqual(floor.applicable);
    expect(got.marks).toBeGreaterThanOrEqual(floor.marks);
  });
});
