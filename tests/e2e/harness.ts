/**
 * Drives the built extension in Debian's Chromium with playwright-core. Site fixture pages are
 * served under the sites' real URLs through request routing, so the manifest's match patterns
 * apply and nothing goes to the network (every other request is refused).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
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
  /** Opens a site fixture; `init` is a script the page runs before its own (and before the content script). */
  open(fixture: string | Fixture, hash?: string, options?: { init?: string }): Promise<Page>;
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
    async open(fixture, hash, options = {}) {
      const f = typeof fixture === 'string' ? fixtureNamed(fixture) : fixture;
      const page = await context.newPage();
      if (options.init) await page.addInitScript(options.init);
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

/*
 * The extension's in-page UI, read and clicked from outside as the README's contract says
 * ("For testers: the in-page UI"): the host `<followup-lint-ui>` has a closed shadow root, which
 * no page script can reach, so tests read it through the DevTools protocol (DOM.getDocument with
 * pierce: true) and click it with real input events at the element's box.
 */

interface DomNode {
  nodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

/** One element inside the UI's closed root, as the protocol saw it. */
export interface UiElement {
  nodeId: number;
  tag: string;
  attributes: Record<string, string>;
  /** Text content, without the style sheet. */
  text: string;
  /** Which `<followup-lint-ui>` on the page (document order) it belongs to. */
  host: number;
  /** The type of the shadow root it is in: 'closed' by the contract. */
  rootType: string;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
/** The DevTools session the UI helpers use for a page (node ids from uiQuery are valid in it). */
export function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const attributesOf = (node: DomNode): Record<string, string> => {
  const out: Record<string, string> = {};
  for (let i = 0; node.attributes && i < node.attributes.length; i += 2) out[node.attributes[i]] = node.attributes[i + 1];
  return out;
};

const textOf = (node: DomNode): string =>
  node.nodeType === 3 ? node.nodeValue : node.localName === 'style' ? '' : (node.children ?? []).map(textOf).join('');

/** Every `<followup-lint-ui>` host in the page (frames and shadow trees included) with its shadow root. */
async function uiRoots(page: Page): Promise<{ cdp: CDPSession; byId: Map<number, DomNode>; roots: { root: DomNode | undefined; type: string }[] }> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  const byId = new Map<number, DomNode>();
  const roots: { root: DomNode | undefined; type: string }[] = [];
  const walk = (node: DomNode) => {
    byId.set(node.nodeId, node);
    if (node.localName === 'followup-lint-ui') roots.push({ root: node.shadowRoots?.[0], type: node.shadowRoots?.[0]?.shadowRootType ?? 'none' });
    node.shadowRoots?.forEach(walk);
    node.children?.forEach(walk);
    if (node.contentDocument) walk(node.contentDocument);
  };
  walk(root);
  return { cdp, byId, roots };
}

/** Elements matching `selector` inside the UI's shadow roots (all hosts, or only host number `host`). */
export async function uiQueryAll(page: Page, selector: string, host?: number): Promise<UiElement[]> {
  const { cdp, byId, roots } = await uiRoots(page);
  const found: UiElement[] = [];
  for (const [index, { root, type }] of roots.entries()) {
    if (!root || (host !== undefined && host !== index)) continue;
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    for (const nodeId of nodeIds) {
      const node = byId.get(nodeId);
      if (!node) continue;
      found.push({ nodeId, tag: node.localName, attributes: attributesOf(node), text: textOf(node), host: index, rootType: type });
    }
  }
  return found;
}

export async function uiQuery(page: Page, selector: string, host?: number): Promise<UiElement | null> {
  return (await uiQueryAll(page, selector, host))[0] ?? null;
}

/** A real click (mouse events from the browser, isTrusted) in the middle of the first match. */
export async function uiClick(page: Page, selector: string, host?: number): Promise<void> {
  const el = await uiQuery(page, selector, host);
  if (!el) throw new Error(`nothing in the extension's UI matches ${selector}`);
  const cdp = await cdpOf(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: el.nodeId }).catch(() => {});
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId: el.nodeId });
  const q = model.border;
  const [x, y] = [(q[0] + q[2] + q[4] + q[6]) / 4, (q[1] + q[3] + q[5] + q[7]) / 4];
  const view = page.viewportSize();
  if (view && (x < 0 || y < 0 || x >= view.width || y >= view.height)) throw new Error(`${selector} is off screen, at ${x}, ${y}`);
  await page.mouse.click(x, y);
}

/** The accessible name the browser computes for an element of the UI (what a screen reader says), through the DevTools protocol. */
export async function accessibleName(page: Page, selector: string): Promise<string> {
  // Queried afresh: node ids from an earlier uiQuery end with the next DOM.getDocument.
  const el = await uiQuery(page, selector);
  if (!el) throw new Error(`nothing in the extension's UI matches ${selector}`);
  const cdp = await cdpOf(page);
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId: el.nodeId, fetchRelatives: false })) as unknown as {
    nodes: { name?: { value?: string } }[];
  };
  return nodes[0]?.name?.value ?? '';
}

/** The element's border box in the page's CSS pixels (viewport coordinates). */
export async function uiBox(page: Page, el: UiElement): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const cdp = await cdpOf(page);
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId: el.nodeId });
  const q = model.border;
  const xs = [q[0], q[2], q[4], q[6]];
  const ys = [q[1], q[3], q[5], q[7]];
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** The badge of host number `index`, or null when there is no such host or badge. */
export async function badge(page: Page, index = 0): Promise<UiElement | null> {
  return uiQuery(page, 'button[data-part="badge"]', index);
}

/** The badge's data-findings, or null when there is no host or the badge shows nothing. */
export async function badgeCount(page: Page, index = 0): Promise<number | null> {
  const v = (await badge(page, index))?.attributes['data-findings'];
  return v === undefined ? null : Number(v);
}

/** The open card (`[role=dialog]`, not hidden) of host number `index`, or null. */
export async function openCard(page: Page, index = 0): Promise<UiElement | null> {
  return uiQuery(page, '[role="dialog"]:not([hidden])', index);
}

/**
 * Waits until the content script has a session for a box (its host is on the page). A box is
 * checked only after the user acts in it while it has a session: a test that acts once (a click,
 * the Ctrl of Ctrl+V) must wait for this after focusing the box, as the script starts at
 * document_idle and may not be running yet when the page has loaded.
 */
export async function sessionStarted(page: Page, timeout = 10_000): Promise<void> {
  await page.locator('followup-lint-ui').first().waitFor({ state: 'attached', timeout });
}

/** Waits until the badge shows a settled state (a check has come back). */
export async function waitForCheck(page: Page, predicate: (count: number | null) => boolean, timeout = 10_000): Promise<number | null> {
  const start = Date.now();
  for (;;) {
    const b = await badge(page);
    const n = b?.attributes['data-findings'] === undefined ? null : Number(b.attributes['data-findings']);
    const worst = b?.attributes['data-worst'] ?? null;
    if (worst !== null && predicate(n)) return n;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for the check (badge ${n}, worst ${worst})`);
    await page.waitForTimeout(100);
  }
}
