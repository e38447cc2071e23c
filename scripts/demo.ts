/**
 * npm run demo: builds the extension and opens Chromium with it loaded on local copies of the
 * Gmail, LinkedIn and Facebook compose boxes (the test fixtures, each with a short guide at
 * the top), so the product can be tried without logging in anywhere. Nothing leaves the
 * machine: the pages are served from disk under the sites' addresses. Without a display, it
 * says so and saves screenshots instead.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES } from '../tests/fixtures/sites/index';
import { launchBrowser, ROOT } from '../tests/e2e/harness';
import { takeScreenshots } from './screenshots';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';

if (!hasDisplay) {
  const out = join(ROOT, 'screenshots-out');
  console.log('No display found (DISPLAY is not set), so no browser window can open.');
  console.log(`Saving screenshots of the extension at work instead, in ${out} …`);
  const files = await takeScreenshots(out);
  console.log(`${files.length} screenshots saved. Open them, or run npm run demo on a machine with a display.`);
} else {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const browser = await launchBrowser({ headless: false, viewport: { width: 1280, height: 860 } });
  const seen = new Set<string>();
  for (const fixture of FIXTURES) {
    if (seen.has(fixture.name)) continue;
    seen.add(fixture.name);
    await browser.open(fixture);
  }
  const options = await browser.extensionPage('options.html');
  await options.bringToFront();
  console.log(`Chromium is open with Follow-up Lint on ${seen.size} demo pages (one tab each) and its options page.`);
  console.log('Each page says at the top what to type. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await browser.close().catch(() => {});
}
