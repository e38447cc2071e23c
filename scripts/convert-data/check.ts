/**
 * Compares every list, old (JSON, regex source, the old compiler) against new (YAML, tokens),
 * on every labelled draft in the repository and on each of their lines: prints each list whose
 * matches differ, with examples. `npx tsx scripts/convert-data/check.ts [list-filter]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as legacy from './legacy-phrases';
import { compilePhraseList, roughSentences } from '../../lib/checker/phrases';
import { compileLanguageYaml, compileRuleYaml, type ListFile } from '../../lib/checker/data/compile';
import { CASES } from '../../tests/unit/cases/index';
import { parseMarks } from '../../tests/unit/marks';

const ROOT = join(import.meta.dirname, '..', '..');
const LANGS = ['en', 'de', 'da', 'nb', 'sv'] as const;
const filter = process.argv[2] ?? '';

const texts = new Set<string>();
for (const cases of Object.values(CASES)) {
  for (const table of Object.values(cases.rules)) for (const c of [...table!.valid, ...table!.invalid]) texts.add(parseMarks(c.text).text);
  for (const d of cases.notFollowUps) texts.add(d.text);
  for (const d of cases.detection) texts.add(d);
}
const jsonl = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string)) : [];
for (const dir of ['training/applicability', 'tests/corpus', 'tests/corpus/arrived', '../shared/corpus']) for (const t of jsonl(join(ROOT, dir))) texts.add(t);
for (const t of [...texts]) for (const line of t.split('\n')) texts.add(line.trim());
console.log(`${texts.size} texts and lines`);

let differing = 0;
for (const lang of LANGS) {
  const owners: [string, string, ListFile][] = [];
  owners.push(['applicability', 'language', compileLanguageYaml(readFileSync(join(ROOT, 'lib/checker/languages', `${lang}.yaml`), 'utf8'), lang).data]);
  for (const id of readdirSync(join(ROOT, 'lib/checker/rules'))) {
    const f = join(ROOT, 'lib/checker/rules', id, `${lang}.yaml`);
    if (existsSync(f)) owners.push([id, id, compileRuleYaml(readFileSync(f, 'utf8'), f).data]);
  }
  for (const [oldFile, , data] of owners) {
    const jsonPath = join(ROOT, 'lib/checker/data', lang, `${oldFile}.json`);
    if (!existsSync(jsonPath)) continue;
    const old = JSON.parse(readFileSync(jsonPath, 'utf8'));
    for (const [name, list] of Object.entries(data.lists)) {
      const where = `${lang}/${oldFile}#${name}`;
      if (!where.includes(filter)) continue;
      const caseSensitive = name.startsWith('caseSensitive');
      const a = legacy.compilePhraseList(old[name], { caseSensitive, sets: old.sets ?? {} });
      const b = compilePhraseList(list, { caseSensitive, sets: data.sets });
      const diffs: string[] = [];
      for (const t of texts) {
        const sentences = roughSentences(t);
        const fa = a.find(t, sentences).map((m) => `${t.slice(m.start, m.end)}@${m.start}${m.replacement !== undefined ? `→${m.replacement}` : ''}`);
        const fb = b.find(t, sentences).map((m) => `${t.slice(m.start, m.end)}@${m.start}${m.replacement !== undefined ? `→${m.replacement}` : ''}`);
        if (fa.join('|') !== fb.join('|')) diffs.push(`  old ${JSON.stringify(fa)} new ${JSON.stringify(fb)} in ${JSON.stringify(t.slice(0, 160))}`);
      }
      if (diffs.length) {
        differing++;
        console.log(`${where}: ${diffs.length} texts differ\n${diffs.slice(0, 6).join('\n')}`);
      }
    }
  }
}
console.log(differing ? `${differing} lists differ` : 'no list differs');
