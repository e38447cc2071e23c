/**
 * Trains the follow-up model: L2-regularised logistic regression over the binary features of
 * features.ts, by full-batch gradient descent from zero with a fixed number of steps, so the same
 * labelled drafts always give the same weights (no randomness, no order dependence beyond the
 * files' order). Sparse by design: a draft has a few dozen features out of thousands.
 *
 * Written here rather than taken from a library: the maintained JavaScript ones (ml-logistic-
 * regression over ml-matrix) are dense, multi-class and unregularised; this is thirty lines and
 * runs in a second on the training set.
 */
import { maskNonOwnText } from '../text';
import type { Lang, Surface } from '../types';
import { draftFeatures } from './features';

export interface LabelledDraft {
  id: string;
  lang: Lang;
  surface: Surface;
  subject?: string;
  text: string;
  applicable: boolean;
  /** How much the draft counts in training (default 1): a large set of similar drafts can count for less. */
  weight?: number;
}

export interface ApplicabilityModel {
  /** What it was trained on, for the record. */
  trainedOn: { drafts: number; followUps: number; features: number };
  bias: number;
  /** Feature → weight, sorted by feature, rounded: a diff of the model reads as a diff of data. */
  weights: Record<string, number>;
}

export const TRAINING = {
  /** A feature must occur in at least this many training drafts to get a weight. */
  minDrafts: 2,
  // Chosen by five-fold cross-validation on the training drafts (scripts/applicability-eval.ts --cv):
  // 0.0005 → 1,433 of 1,550 right, 0.002 → 1,421, 0.01 → 1,407; more steps changed nothing.
  l2: 0.0005,
  steps: 600,
  rate: 2,
} as const;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round = (x: number) => Math.round(x * 1e3) / 1e3;

/** The model's score (0 to 1) for a draft with these features. */
export function scoreOf(model: ApplicabilityModel, features: Iterable<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

export function featuresOf(d: LabelledDraft): string[] {
  return draftFeatures(maskNonOwnText(d.text), d.lang, d).map((h) => h.feature);
}

export function train(drafts: readonly LabelledDraft[], options: Partial<typeof TRAINING> = {}): ApplicabilityModel {
  const o = { ...TRAINING, ...options };
  const featureLists = drafts.map(featuresOf);
  const df = new Map<string, number>();
  for (const list of featureLists) for (const f of list) df.set(f, (df.get(f) ?? 0) + 1);
  const names = [...df.keys()].filter((f) => df.get(f)! >= o.minDrafts).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = featureLists.map((list) => list.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const ys = drafts.map((d) => (d.applicable ? 1 : 0));
  // Each class weighs half: the model should not lean to whichever kind of draft was written more.
  const positives = ys.reduce<number>((a, y) => a + y, 0);
  const mass = [0, 0];
  drafts.forEach((d, i) => (mass[ys[i]] += d.weight ?? 1));
  const total = mass[0] + mass[1];
  const classWeight = [total / (2 * Math.max(1e-9, mass[0])), total / (2 * Math.max(1e-9, mass[1]))];

  const w = new Float64Array(names.length);
  let bias = 0;
  const n = drafts.length;
  for (let step = 0; step < o.steps; step++) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (const j of rows[i]) z += w[j];
      const err = (sigmoid(z) - ys[i]) * classWeight[ys[i]] * (drafts[i].weight ?? 1);
      gradBias += err;
      for (const j of rows[i]) grad[j] += err;
    }
    bias -= (o.rate * gradBias) / n;
    for (let j = 0; j < w.length; j++) w[j] -= o.rate * (grad[j] / n + o.l2 * w[j]);
  }

  const weights: Record<string, number> = {};
  names.forEach((f, j) => {
    // A weight this small moves no decision: left out, the model ships a third smaller.
    const r = round(w[j]);
    if (Math.abs(r) >= 0.005) weights[f] = r;
  });
  return { trainedOn: { drafts: n, followUps: positives, features: Object.keys(weights).length }, bias: round(bias), weights };
}
