/**
 * npm run train: rebuilds lib/checker/model/applicability-model.json from the labelled drafts in
 * the repository — training/applicability/*.jsonl (drafts written to teach the model, half of
 * them look-alikes) and the regression sets in tests/corpus/*.jsonl. Deterministic: the same
 * files give the same model (tests/unit/model.test.ts retrains and compares).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTrainingDrafts, MODEL_PATH } from './training-data';
import { train } from '../lib/checker/model/train';

const root = join(import.meta.dirname, '..');
const drafts = loadTrainingDrafts(root);
const model = train(drafts);
writeFileSync(join(root, MODEL_PATH), JSON.stringify(model, null, 1) + '\n');
console.log(`trained on ${model.trainedOn.drafts} drafts (${model.trainedOn.followUps} follow-ups): ${model.trainedOn.features} weighted features → ${MODEL_PATH}`);
