/**
 * Trust, in a real browser: no request leaves the extension, no draft is stored, draft text
 * that looks like markup stays text, the page's own messages are ignored, and the extension
 * stays out of the way (no leaks over 200 compose boxes, a huge paste stays responsive,
 * other writing tools keep their marks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { allUnderlined, fixtureNamed, launchBrowser, openCard, sessionStarted, uiClick, uiQueryAll, waitForCheck, type Browser } from './harness';
import { FIXTURES } from '../fixtures/sites/index';

let browser: Browser;
const extensionRequests: { url: string; from: string }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  browser.context.on('request', (request: Request) => {
    const worker = request.serviceWorker();
    const frameUrl = worker ? worker.url() : safeFrameUrl(request);
    if (frameUrl.startsWith('chrome-extension://')) extensionRequests.push({ url: request.url(), from: frameUrl });
  });
});
afterAll(async () => {
  await browser?.close();
});

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

const leaving = () => extensionRequests.filter((r) => !r.url.startsWith('chrome-extension://'));

const SECRET = 'Zanzibar-7731';
const draftWithSecret = `Hey Anna, thanks for the interview about the courier job. My code word is ${SECRET}. Gonna call you tomorrow!!`;

async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(selector).first().focus();
  await sessionStarted(page);
  await page.keyboard.type(text);
}

describe('privacy', () => {
  it('the recorder sees a request made from the extension (so the test below can fail)', async () => {
    const worker = browser.context.serviceWorkers()[0];
    await worker.evaluate(() => fetch('https://example.invalid/probe').catch(() => undefined));
    await new Promise((r) => setTimeout(r, 300));
    expect(leaving().map((r) => r.url)).toContain('https://example.invalid/probe');
    extensionRequests.length = 0;
  });

  it('makes no request off the machine over a whole session on every site, the side panel, popup and options', async () => {
    const seen = new Set<string>();
    for (const fixture of FIXTURES) {
      if (seen.has(fixture.name)) continue;
      seen.add(fixture.name);
      const page = await browser.open(fixture);
      const box = fixture.boxes[0];
      await typeInto(page, box.editor.includes('>>>') ? box.editor.split('>>>')[1].trim() : box.editor, ` ${draftWithSecret}`);
      await waitForCheck(page, () => true);
      await page.close();
    }
    for (const path of ['sidepanel.html', 'popup.html', 'options.html', 'PRIVACY.md']) {
      const page = await browser.extensionPage(path);
      await page.waitForTimeout(500);
      await page.close();
    }
    console.log(`privacy: ${extensionRequests.length} requests from the service worker and extension pages, ${leaving().length} leaving the extension`);
    expect(extensionRequests.length).toBeGreaterThan(0); // the pages' own scripts and styles
    expect(leaving()).toEqual([]);
  });

  it('stores no draft text anywhere the extension can write', async () => {
    const page = await browser.extensionPage('options.html');
    const stored = await page.evaluate(async () => {
      const storage = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<unknown> }> } }).chrome.storage;
      const areas = await Promise.all([storage.local.get(null), storage.sync.get(null), storage.session.get(null)]);
      const dbs = (await indexedDB.databases?.()) ?? [];
      return JSON.stringify({ areas, local: { ...localStorage }, session: { ...sessionStorage }, dbs, caches: await caches.keys() });
    });
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain('courier');
    await page.close();
  });
});

describe('hostile input', () => {
  const HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    '</script><script>window.__pwned=2</script>',
    '<a href="javascript:window.__pwned=3">click</a>',
    '<svg onload="window.__pwned=4"></svg>',
    '"><iframe srcdoc="<script>parent.__pwned=5</script>">',
  ];

  it('shows draft text that looks like HTML or script as text in the card, the side panel and the popup', async () => {
    const fixture = fixtureNamed('linkedin-messaging');
    const page = await browser.open(fixture);
    await typeInto(page, fixture.boxes[0].editor, `Hey Anna, thanks for the interview about the job, gonna send it!! ${HOSTILE.join(' ')}`);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    await uiClick(page, 'button[data-part="badge"]');
    expect(await openCard(page)).not.toBeNull();
    expect(await uiQueryAll(page, 'img, script, iframe, svg, a')).toEqual([]);
    for (const path of ['sidepanel.html', 'popup.html']) {
      const ext = await browser.extensionPage(path);
      await ext.waitForTimeout(700);
      const state = await ext.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        injected: document.querySelectorAll('img, iframe, svg[onload], a[href^="javascript"]').length,
        text: document.body.textContent ?? '',
      }));
      expect(state.pwned, path).toBeUndefined();
      expect(state.injected, path).toBe(0);
      await ext.close();
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('ignores messages the page posts to itself', async () => {
    const fixture = fixtureNamed('linkedin-messaging');
    const page = await browser.open(fixture);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluate(() => {
      for (const type of ['checkDraft', 'reveal', 'forceCheck', 'recheck', 'openSidePanel']) {
        window.postMessage({ type, data: { editorId: 'x', start: 0, end: 1 }, id: 1, timestamp: Date.now() }, '*');
        window.postMessage(JSON.stringify({ type }), '*');
      }
    });
    await page.waitForTimeout(500);
    expect(await page.locator('followup-lint-ui').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('staying out of the way', () => {
  it('opening and closing 200 compose boxes and navigating back and forth leaves nothing growing', async () => {
    const fixture = fixtureNamed('linkedin-messaging');
    const page = await browser.open(fixture);
    const cdp = await browser.context.newCDPSession(page);
    // The extension's own JavaScript world in the page, to count its live MutationObservers.
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const liveObservers = async () => {
      const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
      if (!world) throw new Error('the extension world is not in the page');
      const proto = await cdp.send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId: world.id });
      const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
      const n = await cdp.send('Runtime.callFunctionOn', { functionDeclaration: 'function () { return this.length; }', objectId: found.objects.objectId!, returnByValue: true });
      return n.result.value as number;
    };
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const observers = await liveObservers();
      const dom = (await cdp.send('Memory.getDOMCounters')) as { jsEventListeners: number; nodes: number; documents: number };
      const page_ = await page.evaluate(() => ({
        hosts: document.querySelectorAll('followup-lint-ui').length,
        ranges: [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce((n, h) => n + h.size, 0),
      }));
      return { listeners: dom.jsEventListeners, observers, nodes: dom.nodes, ...page_ };
    };
    let sessionsSeen = 0;
    // One box once, so that lazily created things exist before the first count.
    const cycle = async (i: number) => {
      await page.evaluate((n) => {
        const form = document.querySelector('form.msg-form')!;
        const copy = form.cloneNode(true) as HTMLElement;
        copy.dataset.copy = String(n);
        form.parentElement!.append(copy);
        (copy.querySelector('[contenteditable="true"]') as HTMLElement).focus();
      }, i);
      await page.keyboard.type(i % 2 ? 'lol' : 'Thanks for the interview!!');
      if (i % 20 === 0) {
        // Proof that each box really got a session (a badge) before it goes away.
        await waitForCheck(page, () => true);
        sessionsSeen += await page.locator('form.msg-form[data-copy] ~ followup-lint-ui, form.msg-form[data-copy] followup-lint-ui').count();
      }
      await page.evaluate(() => document.querySelectorAll('form.msg-form[data-copy]').forEach((f) => f.remove()));
      if (i % 10 === 0) {
        await page.evaluate((n) => history.pushState({}, '', `/messaging/thread/${n}/`), i);
        await page.evaluate(() => history.back());
      }
    };
    await cycle(0);
    await page.waitForTimeout(1200);
    const before = await counters();
    for (let i = 1; i <= 200; i++) await cycle(i);
    await page.waitForTimeout(1500);
    const after = await counters();
    console.log(`200 compose boxes: listeners ${before.listeners} → ${after.listeners}, extension MutationObservers ${before.observers} → ${after.observers}, DOM nodes ${before.nodes} → ${after.nodes}, UI hosts ${before.hosts} → ${after.hosts}, highlight ranges ${before.ranges} → ${after.ranges}`);
    expect(sessionsSeen).toBeGreaterThanOrEqual(10);
    expect(after.hosts).toBe(0);
    expect(after.ranges).toBe(0);
    expect(after.listeners).toBeLessThanOrEqual(before.listeners + 5);
    expect(after.observers).toBeLessThanOrEqual(before.observers);
    expect(after.nodes).toBeLessThan(before.nodes + 500);
    await page.close();
  });

  it('a 1 MB paste keeps the page responsive and the caret where it was', async () => {
    const fixture = fixtureNamed('linkedin-messaging');
    const page = await browser.open(fixture);
    const editor = page.locator(fixture.boxes[0].editor);
    await editor.focus();
    const big = 'Thank you for the interview about the warehouse job, gonna call!! '.repeat(Math.ceil(1_000_000 / 66));
    // The user's Ctrl of Ctrl+V (a box is checked only after the user did something in it), then the paste.
    await sessionStarted(page);
    await page.keyboard.press('Control');
    await page.evaluate((text) => document.execCommand('insertText', false, text), big);
    // From here on, only the extension works: watch the main thread and the caret.
    await page.evaluate(() => {
      const w = window as unknown as { __long: number; __caret: string };
      w.__long = 0;
      const s = getSelection()!;
      w.__caret = `${s.focusOffset}:${s.focusNode?.textContent?.length}`;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__long = Math.max(w.__long, e.duration)))).observe({ type: 'longtask' });
    });
    await waitForCheck(page, (n) => (n ?? 0) > 0, 20_000);
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => {
      const w = window as unknown as { __long: number; __caret: string };
      const s = getSelection()!;
      return { long: w.__long, caretSame: `${s.focusOffset}:${s.focusNode?.textContent?.length}` === w.__caret };
    });
    console.log(`1 MB paste: longest task while the extension checked it ${state.long.toFixed(0)} ms`);
    expect(state.long).toBeLessThan(200);
    expect(state.caretSame).toBe(true);
    // The user is told only the start was checked.
    await uiClick(page, 'button[data-part="badge"]');
    const card = (await openCard(page))?.text;
    expect(card).toMatch(/Only the first 100000 of \d{7} characters were checked/);
    await page.close();
  });

  it("keeps other writing tools' marks and elements beside its own", async () => {
    const fixture = fixtureNamed('linkedin-messaging');
    const page = await browser.open(fixture);
    const editor = page.locator(fixture.boxes[0].editor);
    await editor.focus();
    await page.keyboard.type('Hey Anna, thanks for the interview about the job. Gonna call!!');
    // Another tool (as Grammarly or LanguageTool do) marks a word and puts its own element beside the box.
    await page.evaluate(() => {
      const text = document.querySelector('.msg-form__contenteditable')!.firstChild!.firstChild as Text | null;
      const node = text ?? (document.querySelector('.msg-form__contenteditable')!.firstChild as Text);
      const range = new Range();
      range.setStart(node, 0);
      range.setEnd(node, 3);
      const W = window as unknown as { Highlight: new (...r: Range[]) => unknown };
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.set('other-tool-mark', new W.Highlight(range));
      const other = document.createElement('grammarly-extension');
      document.querySelector('.msg-form__msg-content-container')!.after(other);
    });
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    await page.keyboard.type(' lol');
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    expect(await allUnderlined(page)).toContain('Gonna');
    const still = await page.evaluate(() => ({
      mark: (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('other-tool-mark')?.size ?? 0,
      element: document.querySelectorAll('grammarly-extension').length,
    }));
    expect(still).toEqual({ mark: 1, element: 1 });
    await page.close();
  });
});
