/**
 * npm run bench: the checker's speed, printed, never asserted.
 * - median and p95 per check for a 150-word and a 2,000-word draft in each language;
 * - the same English drafts through write-good and a retext pipeline (retext-english with
 *   repeated-words, readability, intensify and simplify), as ratios to the checker;
 * - cost per word from 150 to 10,000 words (flat means linear);
 * - the checker's cold import time, bundled as the extension bundles it, in a fresh Node process;
 * - adversarial 1 MB drafts, and the report size (check()'s Report and the wire form the
 *   background sends) for 100 KB of "lol " and of "your ".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import retextReadability from 'retext-readability';
import retextRepeatedWords from 'retext-repeated-words';
import retextSimplify from 'retext-simplify';
import retextStringify from 'retext-stringify';
import { unified } from 'unified';
import writeGood from 'write-good';
import { check } from '../lib/checker/check';
import { phraseDataEsbuild } from '../lib/checker/data/plugins';
import { LANGS, type Draft, type Lang } from '../lib/checker/types';
import { toWireReport } from '../lib/wire';
import { ADVERSARIAL, adversarialDraft } from '../tests/support/adversarial';

const root = join(import.meta.dirname, '..');
const NOW = '2026-03-04T12:00:00Z';

/** A draft of about `words` words: the 150-word follow-up's body repeated, greeting and close kept once. */
function draftOf(lang: Lang, words: number): string {
  const base = readFileSync(join(root, 'bench/drafts', `${lang}.txt`), 'utf8');
  const paragraphs = base.split('\n\n');
  const head = paragraphs[0];
  const body = paragraphs.slice(1, -2).join('\n\n');
  const tail = paragraphs.slice(-2).join('\n\n');
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (count(base) >= words * 0.9) return base;
  let text = body;
  while (count(head) + count(text) + count(tail) < words) text += '\n\n' + body;
  return `${head}\n\n${text}\n\n${tail}`;
}

function measure(fn: () => void, minRuns = 30, minMs = 400): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const retext = unified()
  .use(retextEnglish)
  .use(retextRepeatedWords)
  .use(retextReadability, { age: 18 })
  .use(retextIntensify)
  .use(retextSimplify)
  .use(retextStringify);

console.log('Follow-up Lint checker benchmark (Node %s, %s)\n', process.version, new Date().toISOString());
console.log('lang   words    median       p95');
const english: Record<number, { median: number; p95: number }> = {};
for (const lang of LANGS) {
  for (const size of [150, 2000]) {
    const text = draftOf(lang, size);
    const draft: Draft = { text, platform: 'gmail', surface: 'email', now: NOW };
    const r = measure(() => check(draft));
    if (lang === 'en') english[size] = r;
    console.log(`${lang.padEnd(5)} ${String(words(text)).padStart(6)} ${ms(r.median)} ${ms(r.p95)}`);
  }
}

console.log('\nEnglish, same drafts, other tools (ratio = tool median / checker median; above 1 means the checker is faster)');
for (const size of [150, 2000]) {
  const text = draftOf('en', size);
  const wg = measure(() => writeGood(text));
  const rt = measure(() => retext.processSync(text));
  console.log(`${String(words(text)).padStart(6)} words  write-good ${ms(wg.median)} (x${(wg.median / english[size].median).toFixed(2)})   retext ${ms(rt.median)} (x${(rt.median / english[size].median).toFixed(2)})`);
}

console.log('\nCost per word (microseconds per word, median), 150 → 10,000 words');
for (const lang of LANGS) {
  const row = [150, 1000, 2000, 5000, 10000].map((size) => {
    const text = draftOf(lang, size);
    const r = measure(() => check({ text, platform: 'gmail', surface: 'email', now: NOW }), 10, 300);
    return ((r.median * 1000) / words(text)).toFixed(2).padStart(7);
  });
  console.log(`${lang.padEnd(5)} ${row.join(' ')}`);
}

// Cold import: bundle the checker the way the extension does, then time import + first check in a fresh process.
const dir = mkdtempSync(join(tmpdir(), 'followup-lint-bench-'));
await build({ entryPoints: [join(root, 'lib/checker/index.ts')], bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], outfile: join(dir, 'checker.mjs'), plugins: [phraseDataEsbuild(root)], logLevel: 'silent' });
writeFileSync(
  join(dir, 'cold.mjs'),
  `const t0 = performance.now();
const m = await import('./checker.mjs');
const t1 = performance.now();
m.check({ text: 'Thank you for the interview about the analyst position yesterday.', platform: 'gmail', surface: 'email' });
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstCheckMs: t2 - t1 }));`,
);
const runs = Array.from({ length: 7 }, () => JSON.parse(execFileSync(process.execPath, [join(dir, 'cold.mjs')], { encoding: 'utf8' })));
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nCold import (bundled, fresh process, median of 7): import ${ms(median(runs.map((r) => r.importMs)))}, first check ${ms(median(runs.map((r) => r.firstCheckMs)))}`);

// Drafts built to be slow (tests/support/adversarial.ts; issue 7 found inputs that took minutes).
// Each family in every language it applies to; the slowest language is printed. The 1 MB draft is
// cut to the 100,000 characters the checker reads. tests/unit/linear.test.ts asserts the ratio.
console.log('\nAdversarial drafts: slowest language, one check each at 25,000 characters and at 1 MB (100,000 read)');
console.log(`${'family'.padEnd(26)} ${'lang'.padEnd(4)} ${'25 KB'.padStart(10)} ${'1 MB'.padStart(10)}  ratio`);
let slowest = { name: '', lang: '', ms: 0 };
for (const family of ADVERSARIAL) {
  let worst = { lang: '', small: 0, large: 0 };
  for (const lang of family.langs ?? LANGS) {
    const small = adversarialDraft(family, 25_000, lang);
    const large = adversarialDraft(family, 1_000_000, lang);
    check(small, { force: true });
    let t = performance.now();
    check(small, { force: true });
    const s = performance.now() - t;
    t = performance.now();
    check(large, { force: true });
    const l = performance.now() - t;
    if (l > worst.large) worst = { lang, small: s, large: l };
    if (l > slowest.ms) slowest = { name: family.name, lang, ms: l };
  }
  console.log(`${family.name.padEnd(26)} ${worst.lang.padEnd(4)} ${ms(worst.small).padStart(10)} ${ms(worst.large).padStart(10)}  ×${(worst.large / worst.small).toFixed(1)}`);
}
console.log(`slowest check of a 100,000-character draft: ${ms(slowest.ms)} (${slowest.name}, ${slowest.lang})`);

// Drafts that once gave 50,000 findings and a 17 MB report on every pause in typing: the caps and the wire form keep them small.
console.log('\nReport size for 100 KB of one word, checked as a follow-up (force), one check each');
console.log('draft        findings      found   report bytes   wire bytes       time');
for (const unit of ['lol ', 'your ']) {
  const text = unit.repeat(100_000 / unit.length);
  const t = performance.now();
  const report = check({ text, platform: 'gmail', surface: 'email', now: NOW }, { force: true });
  const elapsed = performance.now() - t;
  const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
  console.log(
    `${JSON.stringify(unit).padEnd(10)} ${String(report.findings.length).padStart(10)} ${String(report.capped?.total ?? report.findings.length).padStart(10)} ${String(bytes(report)).padStart(14)} ${String(bytes(toWireReport(report))).padStart(12)} ${ms(elapsed)}`,
  );
}
