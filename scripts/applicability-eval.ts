/**
 * Applicability only: how many drafts of each labelled set the follow-up model judges right,
 * with the drafts it gets wrong. `npx tsx scripts/node-run.ts scripts/applicability-eval.ts [--cv] FILE…`
 * --cv: five-fold cross-validation on the training data (the model retrained without each fold),
 * the honest measure while choosing features and training settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFollowUpScore } from '../lib/checker/applicability';
import { check } from '../lib/checker/check';
import { loadTrainingDrafts } from './training-data';
import { featuresOf, scoreOf, train } from '../lib/checker/model/train';

const args = process.argv.slice(2);
if (args.includes('--cv')) {
  const drafts = loadTrainingDrafts(join(import.meta.dirname, '..'));
  let right = 0;
  const wrong: string[] = [];
  for (let fold = 0; fold < 5; fold++) {
    const model = train(drafts.filter((_, i) => i % 5 !== fold));
    drafts.forEach((d, i) => {
      if (i % 5 !== fold) return;
      const features = featuresOf(d);
      const p = scoreOf(model, features);
      if (isFollowUpScore(p, d.surface, features) === d.applicable) right++;
      else wrong.push(`${d.id} (${d.applicable}) p=${p.toFixed(2)}`);
    });
  }
  console.log(`cross-validation: ${right}/${drafts.length} right`);
  if (args.includes('-v')) console.log(wrong.join('\n'));
}
for (const file of args.filter((a) => !a.startsWith('-'))) {
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let right = 0;
  const wrong: string[] = [];
  for (const r of rows) {
    const report = check({ text: r.text, platform: r.platform, surface: r.surface, lang: r.lang, subject: r.subject, now: r.now, interviewDate: r.interviewDate });
    if (report.applicable === r.applicable) right++;
    else wrong.push(`  ${r.id} want ${r.applicable} score ${report.followUp?.score} ${JSON.stringify(report.followUp?.cues.map((c) => `${c.text} ${c.weight}`))}`);
  }
  console.log(`${file}: ${right}/${rows.length}`);
  if (args.includes('-v')) console.log(wrong.join('\n'));
}
