/**
 * The labelled drafts the follow-up model learns from, all in the repository, in a fixed order:
 * - training/applicability/*.jsonl: drafts written to teach it, half of them look-alikes;
 * - tests/corpus/*.jsonl: the regression sets (every draft labelled applicable or not);
 * - the rule tables (lib/checker/rules/<id>/<lang>.cases.ts, gathered in tests/unit/cases): each case is a follow-up by definition, and each
 *   language's notFollowUps are not.
 * Node only: used by `npm run train`, scripts/applicability-eval.ts and tests/unit/model.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledDraft } from '../lib/checker/model/train';
import type { Lang } from '../lib/checker/types';
import { CASES } from '../tests/unit/cases/index';
import { parseMarks } from '../tests/unit/marks';

export const MODEL_PATH = 'lib/checker/model/applicability-model.json';
const JSONL_DIRS = ['training/applicability', 'tests/corpus'];
/**
 * The regression sets and the rule tables were written to exercise rules, so nearly all of them
 * are follow-ups that say "interview": counted in full they teach the model that the word alone
 * decides. They count for less (chosen with cross-validation and the spec's own examples).
 */
const REGRESSION_SET_WEIGHT = 0.5;
const RULE_CASE_WEIGHT = 0.3;

export function loadTrainingDrafts(root: string): LabelledDraft[] {
  const out: LabelledDraft[] = [];
  for (const dir of JSONL_DIRS) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(root, dir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const d = JSON.parse(line);
        out.push({ id: d.id, lang: d.lang, surface: d.surface ?? 'unknown', subject: d.subject, text: d.text, applicable: d.applicable === true, weight: dir === 'tests/corpus' ? REGRESSION_SET_WEIGHT : 1 });
      }
    }
  }
  for (const [lang, cases] of Object.entries(CASES) as [Lang, (typeof CASES)[Lang]][]) {
    for (const [rule, table] of Object.entries(cases.rules)) {
      [...table!.valid, ...table!.invalid].forEach((c, i) =>
        out.push({ id: `case-${lang}-${rule}-${i}`, lang, surface: c.surface ?? 'email', text: parseMarks(c.text).text, applicable: true, weight: RULE_CASE_WEIGHT }),
      );
    }
    cases.notFollowUps.forEach((d, i) => out.push({ id: `case-${lang}-not-${i}`, lang, surface: d.surface ?? 'email', text: d.text, applicable: false }));
  }
  return out;
}
