/**
 * In-browser figures for `npm run bench` (printed, never asserted): the built extension in
 * Chromium on the LinkedIn messaging fixture (a plain contenteditable).
 * - from a pause in typing to updated underlines, median and p95, for a 150-word and a
 *   2,000-word draft: measured from the last keystroke, and from the end of the 300 ms pause
 *   the content script waits for;
 * - the longest main-thread task in the page while typing into the 2,000-word draft;
 * - the size of each built script, raw and gzip.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHECK_DELAY_MS } from '../lib/compose/session';
import { EXTENSION_DIR, fixtureNamed, launchBrowser, ROOT, sessionStarted, waitForCheck } from '../tests/e2e/harness';

const ROUNDS = 15;
/** First rounds warm up the service worker (compiling phrase lists, loading compromise): not counted. */
const WARMUP = 2;

function draftOf(words: number): string {
  const base = readFileSync(join(ROOT, 'bench/drafts/en.txt'), 'utf8').replace(/\n+/g, ' ');
  let text = base;
  while (text.split(/\s+/).length < words) text += ' ' + base;
  return text.split(/\s+/).slice(0, words).join(' ');
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;

execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
const browser = await launchBrowser();
try {
  console.log(`In-browser benchmark (Chromium, built extension, ${ROUNDS} rounds each)\n`);
  console.log('draft         from last key (median / p95)     after the pause (median / p95)     longest task');
  for (const words of [150, 2000]) {
    const fixture = fixtureNamed('linkedin-messaging');
    const page = await browser.open(fixture);
    const editor = page.locator(fixture.boxes[0].editor);
    await editor.focus();
    // Paste the draft in one go (typing 2,000 words key by key would take minutes), after the
    // Ctrl of Ctrl+V: a box is checked only after the user did something in it.
    await sessionStarted(page);
    await page.keyboard.press('Control');
    await page.evaluate((text) => document.execCommand('insertText', false, text), draftOf(words));
    await waitForCheck(page, () => true, 30_000);
    await page.evaluate(() => {
      const w = window as unknown as { __lastInput: number; __long: number; __sig: string };
      w.__long = 0;
      document.addEventListener('input', () => (w.__lastInput = performance.now()), true);
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__long = Math.max(w.__long, e.duration)))).observe({ type: 'longtask' });
    });
    const fromKey: number[] = [];
    const afterPause: number[] = [];
    for (let i = 0; i < ROUNDS + WARMUP; i++) {
      // Alternately add and remove a slang word, so every round changes the underlines.
      const before = await page.evaluate(() => {
        const r = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        return [...r.values()].reduce((n, h) => n + h.size, 0);
      });
      if (i % 2 === 0) await page.keyboard.type(' lol');
      else for (let k = 0; k < 4; k++) await page.keyboard.press('Backspace');
      // A string, not a function: tsx's name-keeping helpers do not exist in the page.
      const done: number = await page.evaluate(`new Promise((resolve) => {
        const count = () => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
        const tick = () => (count() !== ${before} ? resolve(performance.now()) : requestAnimationFrame(tick));
        tick();
      })`);
      const last = await page.evaluate(() => (window as unknown as { __lastInput: number }).__lastInput);
      if (i < WARMUP) continue;
      fromKey.push(done - last);
      afterPause.push(done - last - CHECK_DELAY_MS);
    }
    const longest = await page.evaluate(() => (window as unknown as { __long: number }).__long);
    console.log(
      `${String(words).padStart(5)} words   ${ms(pct(fromKey, 0.5))} / ${ms(pct(fromKey, 0.95))}            ${ms(pct(afterPause, 0.5))} / ${ms(pct(afterPause, 0.95))}            ${longest ? ms(longest) : 'none ≥ 50 ms'}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}

console.log('\nBuilt scripts (Chrome MV3)            raw        gzip');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const file of walk(EXTENSION_DIR).filter((f) => f.endsWith('.js')).sort()) {
  const data = readFileSync(file);
  console.log(`${relative(EXTENSION_DIR, file).padEnd(36)} ${(data.length / 1024).toFixed(1).padStart(7)} KB ${(gzipSync(data, { level: 9 }).length / 1024).toFixed(1).padStart(7)} KB`);
}
