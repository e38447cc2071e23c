/**
 * The badge's card on every site fixture: whole inside the viewport at 1280×900, 800×600 and at
 * 200 % zoom, following the page as it resizes; a dialog with a name that takes the focus and
 * gives it back; re-rendered from each new report; closed by Escape and by a click outside; never
 * opened by a click that only places the caret; after the site's Send button in the tab order.
 *
 * 200 % zoom: Chromium's page zoom lays the page out in a CSS viewport of half the window's size
 * with two device pixels per CSS pixel (window.innerWidth 640 and devicePixelRatio 2 in a
 * 1280×900 window). The DevTools protocol cannot press Ctrl+'+', so the test sets exactly that
 * with Emulation.setDeviceMetricsOverride (640×450 CSS pixels, device scale factor 2) and checks
 * the page sees it. Emulation.setPageScaleFactor would be a pinch zoom instead (the layout
 * viewport stays 1280 wide, only the visual viewport shrinks), and a device scale factor alone
 * changes no CSS pixel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '@/lib/i18n/index';
import { FIXTURES } from '../fixtures/sites/index';
import type { Fixture, FixtureBox } from '../fixtures/sites/types';
import {
  accessibleName,
  allUnderlined,
  cdpOf,
  fixtureNamed,
  launchBrowser,
  openCard,
  ROOT,
  sessionStarted,
  uiBox,
  uiClick,
  uiQuery,
  uiQueryAll,
  waitForCheck,
  type Browser,
} from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function editorOf(page: Page, box: FixtureBox) {
  return page.locator(box.editor.includes('>>>') ? box.editor.split('>>>')[1].trim() : box.editor).first();
}

/** A follow-up with words to underline and things missing: every surface gets findings. */
const FLAWED = 'Hey Anna, thx for the interview yesterday about the analyst job. Gonna call you tomorrow!!';

/** Every compose box of every fixture page once (the Facebook feed is one page under three audiences). */
const BOXES: { fixture: Fixture; box: FixtureBox; index: number }[] = [];
for (const fixture of FIXTURES) {
  fixture.boxes.forEach((box, index) => {
    if (!BOXES.some((b) => b.fixture.name === fixture.name && b.index === index)) BOXES.push({ fixture, box, index });
  });
}

async function typeInto(page: Page, box: FixtureBox, text: string): Promise<void> {
  const editor = editorOf(page, box);
  await editor.scrollIntoViewIfNeeded();
  await editor.focus();
  await sessionStarted(page);
  await page.keyboard.type(text);
}

/** The open card's box against the viewport the page lays out in (CSS pixels). */
async function cardPlacement(page: Page) {
  const card = await openCard(page);
  if (!card) return null;
  const box = await uiBox(page, card);
  const view = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const inside = box.left >= 0 && box.top >= 0 && box.right <= view.width && box.bottom <= view.height && box.right - box.left > 100 && box.bottom - box.top > 40;
  return { box, view, inside };
}

async function expectCardInside(page: Page, where: string): Promise<void> {
  // The card follows on the next frames after a resize: poll, never sleep.
  await expect
    .poll(async () => (await cardPlacement(page))?.inside ?? `no card`, { timeout: 5_000, message: `${where}: ${JSON.stringify(await cardPlacement(page))}` })
    .toBe(true);
}

/** Two frames: the badge follows a scroll on the next animation frame. */
const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Opens the badge's card with the user's click. */
async function openFromBadge(page: Page): Promise<void> {
  await frames(page);
  await uiClick(page, 'button[data-part="badge"]');
  await expect.poll(async () => (await openCard(page)) !== null, { timeout: 3_000 }).toBe(true);
}

const activeIsHost = (page: Page) => page.evaluate(() => document.activeElement?.localName === 'followup-lint-ui');

describe('the card is always readable', () => {
  for (const { fixture, box } of BOXES) {
    it(`${fixture.name}, ${box.surface}: inside the viewport at 1280×900, 800×600 and 200 % zoom, named, and closed by Escape`, async () => {
      const page = await browser.open(fixture);
      await page.setViewportSize({ width: 1280, height: 900 });
      await typeInto(page, box, FLAWED);
      await waitForCheck(page, () => true);
      await openFromBadge(page);
      expect(await accessibleName(page, '[role="dialog"]:not([hidden])')).toBe('Follow-up Lint: notes on this draft');
      await expectCardInside(page, '1280×900');

      // Follows the window as it shrinks, then opens inside it again.
      await page.setViewportSize({ width: 800, height: 600 });
      await expectCardInside(page, '800×600, followed');
      await page.keyboard.press('Escape');
      await expect.poll(() => openCard(page)).toBeNull();
      await editorOf(page, box).scrollIntoViewIfNeeded();
      await openFromBadge(page);
      await expectCardInside(page, '800×600, opened');

      // 200 % zoom of a 1280×900 window (see the top of this file).
      const cdp = await cdpOf(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 450, deviceScaleFactor: 2, mobile: false });
      expect(await page.evaluate(() => [window.innerWidth, window.innerHeight, window.devicePixelRatio])).toEqual([640, 450, 2]);
      await expectCardInside(page, '200 %, followed');
      await page.keyboard.press('Escape');
      await expect.poll(() => openCard(page)).toBeNull();
      await editorOf(page, box).scrollIntoViewIfNeeded();
      await openFromBadge(page);
      await expectCardInside(page, '200 %, opened');
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await page.close();
    });
  }
});

describe('the card is not stale and manages the focus', () => {
  const fixture = fixtureNamed('linkedin-messaging');
  const box = fixture.boxes[0];
  const GOOD_BUT_THX =
    'Dear Maria,\nthx for the interview yesterday about the recruiter role. I enjoyed our conversation and I am very interested in the position.\nI look forward to hearing from you.\nKind regards,\nSam';

  it('takes the focus, gives it back to the editor with the caret where it was on Escape, and closes on a click outside', async () => {
    const page = await browser.open(fixture);
    await typeInto(page, box, FLAWED);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    const caret = () => page.evaluate(() => `${getSelection()?.focusOffset}:${getSelection()?.focusNode?.textContent}`);
    const before = await caret();
    await openFromBadge(page);
    expect(await activeIsHost(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await openCard(page)).toBeNull();
    expect(await editorOf(page, box).evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    expect(await caret()).toBe(before);
    // Typing goes on where it stopped.
    await page.keyboard.type(' lol');
    await expect.poll(() => editorOf(page, box).textContent()).toContain('tomorrow!! lol');

    // From the keyboard: the badge is a button; Enter opens the card with the focus in it.
    await openFromBadge(page);
    await page.mouse.click(5, 5);
    expect(await openCard(page)).toBeNull();
    await page.close();
  });

  it('the keyboard shortcut opens the card with the focus in it (the command\'s message, sent as the background sends it)', async () => {
    const page = await browser.open(fixture);
    await typeInto(page, box, FLAWED);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    // Browser shortcuts do not reach a headless browser: the service worker sends what its command handler sends.
    const worker = browser.context.serviceWorkers()[0];
    await worker.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      const [tab] = await tabs.query({ url: 'https://www.linkedin.com/*' });
      await tabs.sendMessage(tab.id, { id: 1, type: 'openCard', data: {}, timestamp: Date.now() });
    });
    await expect.poll(async () => (await openCard(page)) !== null, { timeout: 3_000 }).toBe(true);
    expect(await activeIsHost(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await editorOf(page, box).evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    // A page cannot send it: its own message does nothing.
    await page.evaluate(() => window.postMessage({ id: 1, type: 'openCard', data: {}, timestamp: Date.now() }, '*'));
    expect(await openCard(page)).toBeNull();
    await page.close();
  });

  it('the toolbar icon shows the count of the box being written in', async () => {
    const page = await browser.open(fixture);
    await typeInto(page, box, FLAWED);
    const count = await waitForCheck(page, (n) => (n ?? 0) > 0);
    const worker = browser.context.serviceWorkers()[0];
    const toolbar = () =>
      worker.evaluate(async () => {
        const { tabs, action } = (globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        }).chrome;
        const [tab] = await tabs.query({ url: 'https://www.linkedin.com/*' });
        return action.getBadgeText({ tabId: tab.id });
      });
    await expect.poll(toolbar, { timeout: 5_000 }).toBe(String(count));
    await page.close();
  });

  it('re-renders from the live report when the text changes', async () => {
    const page = await browser.open(fixture);
    await typeInto(page, box, GOOD_BUT_THX);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    await openFromBadge(page);
    expect((await uiQueryAll(page, '[role="dialog"] [data-rule]')).map((f) => f.attributes['data-rule'])).toContain('informal-tone');
    // The writer goes back to the text (the card stays open) and replaces "thx".
    await editorOf(page, box).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(GOOD_BUT_THX.replace('thx', 'Thank you'));
    await expect.poll(async () => (await uiQueryAll(page, '[role="dialog"]:not([hidden]) [data-rule="informal-tone"]')).length, { timeout: 10_000 }).toBe(0);
    expect(await openCard(page)).not.toBeNull();
    await page.close();
  });

  it('"Check it anyway" fills the open card with the findings', async () => {
    const page = await browser.open(fixture);
    await typeInto(page, box, 'Hi Jonas, thx for the lovely barbecue on Saturday!! See you at the match next week lol');
    await expect.poll(async () => (await uiQuery(page, 'button[data-part="badge"]'))?.attributes['data-state'], { timeout: 10_000 }).toBe('not-follow-up');
    await openFromBadge(page);
    await uiClick(page, '[role="dialog"] [data-action="check-anyway"]');
    await expect.poll(async () => (await uiQueryAll(page, '[role="dialog"]:not([hidden]) [data-rule]')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await uiQuery(page, '[role="dialog"] [data-action="check-anyway"]')).toBeNull();
    await page.close();
  });
});

describe('a click that places the caret opens nothing', () => {
  it('whole-draft findings are in the badge’s card, not under the text; a click in the text opens nothing, a click on "thx" its card', async () => {
    const fixture = fixtureNamed('facebook-messenger');
    const box = fixture.boxes[0];
    const page = await browser.open(fixture);
    // No closing, no interest said, no interview day: findings about the whole draft; "thx" and "!!" are words.
    const text = 'Hi Jonas, thx for the chat about the warehouse job!! When do I hear back from you about it';
    await typeInto(page, box, text);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    await expect.poll(() => allUnderlined(page)).toEqual(expect.arrayContaining(['thx']));
    const underlined = await allUnderlined(page);
    expect(underlined.every((words) => words.length < 40), JSON.stringify(underlined)).toBe(true);
    await openFromBadge(page);
    // Advice names its source articles in words.
    const cardText = (await openCard(page))!.text;
    expect(cardText).toMatch(/Sources: [A-Z]/u);
    expect(cardText).not.toMatch(/\(\p{L}+: \d{3}/u);
    const rules = (await uiQueryAll(page, '[role="dialog"] [data-rule]')).map((f) => f.attributes['data-severity']);
    const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    expect(rules).toEqual([...rules].sort((a, b) => order[a] - order[b]));
    await page.keyboard.press('Escape');

    // A click on words no finding is about: the caret moves, nothing opens.
    const editor = editorOf(page, box);
    const spot = await editor.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('warehouse');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 2);
        range.setEnd(node, at + 3);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    expect(spot).not.toBeNull();
    await page.mouse.click(spot!.x, spot!.y);
    expect(await page.evaluate(() => getSelection()?.focusNode?.textContent?.includes('warehouse'))).toBe(true);
    expect(await openCard(page)).toBeNull();

    // A click on "thx" opens the card about it, beside the word, and leaves the caret in the text.
    const thx = await editor.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('thx');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    await page.mouse.click(thx!.x, thx!.y);
    await expect.poll(async () => (await uiQueryAll(page, '[role="dialog"]:not([hidden]) [data-rule]')).map((f) => f.attributes['data-rule'])).toEqual(['informal-tone']);
    expect(await activeIsHost(page)).toBe(false);
    await page.close();
  });
});

describe('tab order', () => {
  /** The site's own send or post control near each box. */
  const SEND = '[aria-label^="Send" i]:not([aria-label*="private message"]), [aria-label^="Press enter to send" i], button[type="submit"], .share-actions__primary-action, [aria-label="Post"][role="button"]';

  it('the badge and the card come after the site’s Send button on every box', async () => {
    const misplaced: string[] = [];
    let checked = 0;
    for (const { fixture, box, index } of BOXES) {
      // A comment on a friend's profile is sent with Enter: it has no button (the nearest is the chat tab's).
      if (`${fixture.name}:${index}` === 'facebook-chat:0') continue;
      const page = await browser.open(fixture);
      await typeInto(page, box, FLAWED);
      await waitForCheck(page, () => true);
      const result = await editorOf(page, box).evaluate((editor, selector) => {
        // The nearest send control: the one sharing the deepest ancestor with the editor.
        const ancestors = (n: Node) => {
          const out: Node[] = [];
          for (let x: Node | null = n; x; x = x instanceof ShadowRoot ? x.host : x.parentNode) out.push(x);
          return out;
        };
        const mine = ancestors(editor);
        const depth = (el: Element) => mine.length - mine.findIndex((a) => a.contains(el));
        // The host is in the editor's own tree (the invitation's editor is in a shadow root), as is its Send button.
        const root = editor.getRootNode() as Document | ShadowRoot;
        const host = root.querySelector('followup-lint-ui');
        const sends = [...root.querySelectorAll(selector)].filter((el) => el !== editor);
        if (!host || !sends.length) return null;
        const send = sends.sort((a, b) => depth(b) - depth(a))[0];
        const levelsUp = mine.findIndex((a) => a.contains(send));
        return { levelsUp, after: (send.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, send: send.outerHTML.slice(0, 80) };
      }, SEND);
      if (result) {
        checked++;
        if (!result.after) misplaced.push(`${fixture.name} ${box.surface}: ${result.send}`);
      }
      await page.close();
    }
    expect(misplaced).toEqual([]);
    expect(checked).toBe(BOXES.length - 1);
  });
});

/** A page made dark the way a site's dark theme makes it: every surface dark, every text light. */
const DARK_PAGE = `document.addEventListener('DOMContentLoaded', () => {
  const style = document.createElement('style');
  style.textContent = 'html, body, body * { background-color: #18191a !important; color: #e4e6eb !important; border-color: #3e4042 !important; }';
  document.head.append(style);
});`;

/** A computed style property of an element inside the UI's closed root, read through the DevTools protocol. */
async function uiStyle(page: Page, selector: string, property: string): Promise<string> {
  const el = await uiQuery(page, selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  const cdp = await cdpOf(page);
  const { object } = await cdp.send('DOM.resolveNode', { nodeId: el.nodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (p) { return getComputedStyle(this).getPropertyValue(p); }`,
    arguments: [{ value: property }],
    returnByValue: true,
  });
  return result.value as string;
}

const luminanceOf = (css: string) => {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

describe('dark pages', () => {
  it('the card and the underlines follow a dark page, and a light page keeps them light', async () => {
    const fixture = fixtureNamed('facebook-messenger');
    const box = fixture.boxes[0];
    for (const dark of [true, false]) {
      const page = await browser.open(fixture, undefined, dark ? { init: DARK_PAGE } : {});
      await typeInto(page, box, FLAWED);
      await waitForCheck(page, (n) => (n ?? 0) > 0);
      await openFromBadge(page);
      const background = luminanceOf(await uiStyle(page, '[role="dialog"]', 'background-color'));
      const text = luminanceOf(await uiStyle(page, '[role="dialog"] h3', 'color'));
      if (dark) expect([background < 0.1, text > 0.5]).toEqual([true, true]);
      else expect([background > 0.9, text < 0.1]).toEqual([true, true]);
      // The underline colours the page is given: light ones on a dark page.
      const css = await page.evaluate(() => document.getElementById('followup-lint-highlight-style')?.textContent ?? '');
      const info = /followup-lint-info\) \{[^}]*dotted (#[0-9a-f]{6})/.exec(css)?.[1] ?? '#000000';
      const hex = (h: string) => `rgb(${parseInt(h.slice(1, 3), 16)}, ${parseInt(h.slice(3, 5), 16)}, ${parseInt(h.slice(5, 7), 16)})`;
      if (dark) expect(luminanceOf(hex(info))).toBeGreaterThan(0.3);
      else expect(luminanceOf(hex(info))).toBeLessThan(0.2);
      await page.close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  interface AxeResult {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  }
  const runAxe = (page: Page) =>
    page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        // Whole-page rules a lone copy of the UI cannot meet, and the site's own page does not change.
        rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });

  for (const dark of [false, true]) {
    it(`the open card adds no violations, ${dark ? 'dark' : 'light'}: not to the page, and none in the UI's own tree`, async () => {
      const fixture = fixtureNamed('linkedin-messaging');
      const box = fixture.boxes[0];
      const page = await browser.open(fixture, undefined, dark ? { init: DARK_PAGE } : {});
      await page.addScriptTag({ content: AXE });
      const before = await runAxe(page);
      await typeInto(page, box, FLAWED);
      await waitForCheck(page, (n) => (n ?? 0) > 0);
      await openFromBadge(page);
      const after = await runAxe(page);
      const key = (v: { id: string; targets: string[] }) => v.targets.map((t) => `${v.id} ${t}`);
      const known = new Set(before.flatMap(key));
      expect(after.flatMap(key).filter((k) => !known.has(k))).toEqual([]);

      // The page's axe cannot see into the closed root: the UI's tree, as the browser has it, is laid
      // out again in an open root on a blank page of the same size, and checked there.
      const layer = (await uiQuery(page, '.layer'))!;
      const cdp = await cdpOf(page);
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: layer.nodeId });
      const style = (await uiQuery(page, 'style'))!;
      const { outerHTML: css } = await cdp.send('DOM.getOuterHTML', { nodeId: style.nodeId });
      const copy = await browser.context.newPage();
      await copy.setContent(`<!doctype html><html lang="en"><head><title>UI copy</title></head><body style="margin:0;background:${dark ? '#18191a' : '#fff'}"><div id="host"></div></body></html>`);
      await copy.evaluate((html) => {
        const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
        root.innerHTML = html;
      }, css + outerHTML);
      await copy.addScriptTag({ content: AXE });
      const own = await runAxe(copy);
      expect(own).toEqual([]);
      // It can fail: the same tree without the dialog's name is caught.
      await copy.evaluate(() => document.getElementById('host')!.shadowRoot!.querySelector('[role="dialog"]')!.removeAttribute('aria-labelledby'));
      expect((await runAxe(copy)).map((v) => v.id)).toContain('aria-dialog-name');
      await copy.close();
      await page.close();
    });
  }
});

describe('nothing stale', () => {
  const fixture = fixtureNamed('linkedin-messaging');
  const box = fixture.boxes[0];

  it('an emptied box leaves no old findings in the side panel or on the toolbar icon', async () => {
    const page = await browser.open(fixture);
    await typeInto(page, box, FLAWED);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    const panel = await browser.extensionPage('sidepanel.html');
    await panel.waitForFunction(() => document.querySelector('[data-testid="finding"]') !== null);
    await page.bringToFront();
    await editorOf(page, box).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await panel.waitForFunction(() => document.querySelector('[data-testid="finding"]') === null, undefined, { timeout: 10_000 });
    const worker = browser.context.serviceWorkers()[0];
    const toolbar = () =>
      worker.evaluate(async () => {
        const { tabs, action } = (globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        }).chrome;
        const [tab] = await tabs.query({ url: 'https://www.linkedin.com/*' });
        return action.getBadgeText({ tabId: tab.id });
      });
    await expect.poll(toolbar, { timeout: 5_000 }).toBe('');
    await panel.close();
    await page.close();
  });

  it('a language chosen in the options reaches an open box at once', async () => {
    const page = await browser.open(fixture);
    await typeInto(page, box, FLAWED);
    const count = (await waitForCheck(page, (n) => (n ?? 0) > 0))!;
    const label = async () => (await uiQuery(page, 'button[data-part="badge"]'))?.attributes['aria-label'];
    expect(await label()).toBe(translate('en', 'badge.label', { count }));
    const options = await browser.extensionPage('options.html');
    await options.evaluate(`chrome.storage.local.set({ settings: { uiLang: 'de' } })`);
    await expect.poll(label, { timeout: 10_000 }).toBe(translate('de', 'badge.label', { count }));
    await options.evaluate(`chrome.storage.local.set({ settings: {} })`);
    await options.close();
    await page.close();
  });
});

describe('checking less from the card', () => {
  const fixture = fixtureNamed('linkedin-messaging');
  const box = fixture.boxes[0];
  const settingsNow = async () => {
    const options = await browser.extensionPage('options.html');
    const value = (await options.evaluate(`chrome.storage.local.get('settings').then((r) => r.settings ?? {})`)) as {
      rules?: Record<string, { enabled: boolean }>;
      sites?: Record<string, boolean>;
    };
    await options.close();
    return value;
  };
  const reset = async () => {
    const options = await browser.extensionPage('options.html');
    await options.evaluate(`chrome.storage.local.set({ settings: {} })`);
    await options.close();
  };

  it('"Turn this check off" under a finding turns its rule off: its underline goes, and the options show it off', async () => {
    const page = await browser.open(fixture);
    await typeInto(page, box, FLAWED);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    await expect.poll(() => allUnderlined(page)).toEqual(expect.arrayContaining(['thx']));
    // The words card of "thx" (informal-tone), opened with the user's click on the word.
    const thx = await editorOf(page, box).evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('thx');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    await page.mouse.click(thx!.x, thx!.y);
    await expect.poll(async () => (await uiQueryAll(page, '[role="dialog"]:not([hidden]) [data-rule]')).map((f) => f.attributes['data-rule'])).toEqual(['informal-tone']);
    await uiClick(page, '[role="dialog"] [data-rule="informal-tone"] [data-action="rule-off"]');
    await expect.poll(() => allUnderlined(page), { timeout: 10_000 }).not.toContain('thx');
    expect((await settingsNow()).rules?.['informal-tone']?.enabled).toBe(false);
    await reset();
    await page.close();
  });

  it('"Pause on this site" stops checking on the site until the options turn it on again', async () => {
    const page = await browser.open(fixture);
    await typeInto(page, box, FLAWED);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    await openFromBadge(page);
    await uiClick(page, '[role="dialog"] [data-action="pause-site"]');
    await page.waitForFunction(() => document.querySelector('followup-lint-ui') === null, undefined, { timeout: 10_000 });
    expect(await allUnderlined(page)).toEqual([]);
    expect((await settingsNow()).sites?.linkedin).toBe(false);
    await reset();
    await page.close();
  });
});
