/**
 * Drives the built extension in Debian's Chromium with playwright-core. Site fixture pages are
 * served under the sites' real URLs through request routing, so the manifest's match patterns
 * apply and nothing goes to the network (every other request is refused).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildFixtures } from '../fixtures/build';
import { FIXTURES } from '../fixtures/sites/index';
import type { Fixture } from '../fixtures/sites/types';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  fixturesDir: string;
  /** Every request the browser tried to send off the machine (refused). */
  blocked: string[];
  open(fixture: string | Fixture, hash?: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export function fixtureNamed(name: string): Fixture {
  const f = FIXTURES.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture named ${name}`);
  return f;
}

export async function launchBrowser(options: { headless?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('no built extension: run npm run build first');
  // Lets Playwright see (and route) requests made by the extension's service worker.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'followup-lint-profile-'));
  const fixturesDir = await buildFixtures(mkdtempSync(join(tmpdir(), 'followup-lint-fixtures-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const blocked: string[] = [];
  const byUrl = new Map<string, Fixture>();
  for (const f of FIXTURES) {
    // The fragment never reaches a server: pages that differ only after '#' must be the same page.
    const key = f.url.split('#')[0];
    const other = byUrl.get(key);
    if (other && other.name !== f.name) throw new Error(`fixtures ${other.name} and ${f.name} are both served at ${key}`);
    byUrl.set(key, f);
  }
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    const page = byUrl.get(`${url.origin}${url.pathname}${url.search}`);
    const file = page ? join(fixturesDir, `${page.name}.html`) : join(fixturesDir, basename(url.pathname));
    if ((page || FIXTURES.some((f) => new URL(f.url).host === url.host)) && existsSync(file) && basename(file).includes('.')) {
      const ext = file.slice(file.lastIndexOf('.'));
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream', body: readFileSync(file) });
    }
    blocked.push(url.href);
    return route.abort();
  });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    fixturesDir,
    blocked,
    async open(fixture, hash) {
      const f = typeof fixture === 'string' ? fixtureNamed(fixture) : fixture;
      const page = await context.newPage();
      const url = hash ? `${f.url.split('#')[0]}#${hash}` : f.url;
      await page.goto(url);
      return page;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(fixturesDir, { recursive: true, force: true });
    },
  };
}

/** The words under each of the extension's highlights, read in the page's main world. */
export async function underlined(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const name of ['followup-lint-error', 'followup-lint-warning', 'followup-lint-info']) {
      const h = registry.get(name);
      out[name] = h ? [...h].map((r) => r.toString()) : [];
    }
    return out;
  });
}

/** All underlined words, whatever the severity. */
export async function allUnderlined(page: Page): Promise<string[]> {
  return Object.values(await underlined(page)).flat();
}

/** The badge host's data-findings, or null when there is no host. */
export async function badgeCount(page: Page, index = 0): Promise<number | null> {
  const hosts = page.locator('followup-lint-ui');
  if ((await hosts.count()) <= index) return null;
  const v = await hosts.nth(index).getAttribute('data-findings');
  return v === null ? null : Number(v);
}

/** Waits until the badge shows a settled state (a check has come back). */
export async function waitForCheck(page: Page, predicate: (count: number | null) => boolean, timeout = 10_000): Promise<number | null> {
  const start = Date.now();
  for (;;) {
    const n = await badgeCount(page);
    const worst = await page.locator('followup-lint-ui').first().getAttribute('data-worst').catch(() => null);
    if (worst !== null && predicate(n)) return n;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for the check (badge ${n}, worst ${worst})`);
    await page.waitForTimeout(100);
  }
}
