/**
 * A hostile page (the sites are untrusted) against the built extension, on the LinkedIn messaging
 * fixture. The page patches attachShadow before anything else runs, defines `followup-lint-ui`
 * itself, listens for the content script's messages, fires WXT's shutdown event, clicks the
 * badge with script, and writes guessed names into hidden compose boxes of its own. It must learn
 * nothing about the user's settings and break nothing: a draft the user types still gets checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibleName, allUnderlined, badge, cdpOf, fixtureNamed, launchBrowser, openCard, sessionStarted, uiClick, uiQuery, uiQueryAll, waitForCheck, type Browser } from './harness';

let browser: Browser;
const fixture = fixtureNamed('linkedin-messaging');
const EDITOR = fixture.boxes[0].editor;

/** The profile the page tries to learn: the company, two interviewers, an interview four days ago. */
const COMPANY = 'Northwind Traders';
const INTERVIEWERS = ['Ingrid Berg', 'Ole Hansen'];

beforeAll(async () => {
  browser = await launchBrowser();
  const day = new Date(Date.now() - 4 * 86_400_000);
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  const options = await browser.extensionPage('options.html');
  await options.evaluate(
    `chrome.storage.local.set({ settings: { profile: { name: 'Kari', company: ${JSON.stringify(COMPANY)}, interviewers: ${JSON.stringify(INTERVIEWERS)}, interviewDate: '${iso}', interviewTime: '09:00' } } })`,
  );
  await options.close();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Runs in the page's own world before its scripts and before the content script: captures every
 * shadow root made through the page's attachShadow (forced open) and records every message
 * posted in the window.
 */
const SPY_INIT = `
  window.__roots = [];
  window.__messages = [];
  window.__constructed = 0;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    window.__roots.push({ host: this.localName, root });
    return root;
  };
  window.addEventListener('message', (e) => window.__messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
`;

/** The page defines `followup-lint-ui` first, with a constructor that would take the element over. */
const DEFINE_INIT = `
  customElements.define('followup-lint-ui', class extends HTMLElement {
    constructor() {
      super();
      window.__constructed++;
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<button>Enter your password</button>';
    }
  });
`;

const FLAWED = 'Hey Anna, thanks for the interview about the analyst job. Gonna call you tomorrow!!';
const GOOD =
  'Dear Maria,\nThank you for the interview about the recruiter role. I enjoyed our conversation about the graduate programme, and I am very interested in the position.\nI look forward to hearing from you.\nKind regards,\nSam';

async function openHostile(init = SPY_INIT): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.open(fixture, undefined, { init });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** A page script clicks the host, and events aimed at it (all it can reach of the UI). */
async function scriptClickHost(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = document.querySelector('followup-lint-ui') as HTMLElement;
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
}

/**
 * A script that somehow held the badge itself (here DevTools hands it to the page's world, as an
 * open root would have) clicks it. Click handlers run synchronously: their effect is there on return.
 */
async function scriptClickBadge(page: Page): Promise<void> {
  const cdp = await cdpOf(page);
  const b = await uiQuery(page, 'button[data-part="badge"]:not([hidden])');
  if (!b) throw new Error('no badge');
  const { object } = await cdp.send('DOM.resolveNode', { nodeId: b.nodeId });
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function () {
      this.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      this.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
      this.click();
    }`,
  });
}

/** A script clicks the first underlined word of the editor: the user's click there opens its card. */
async function scriptClickWords(page: Page): Promise<void> {
  await page.evaluate((sel) => {
    const editor = document.querySelector(sel) as HTMLElement;
    const r = editor.getBoundingClientRect();
    editor.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.left + 16, clientY: r.top + 14 }));
  }, EDITOR);
}

/** The page writes each name into a hidden compose box of its own, focuses it and fakes the user's events. */
async function probeNames(page: Page, names: string[]): Promise<void> {
  await page.evaluate((guesses) => {
    const form = document.querySelector('form.msg-form')!;
    guesses.forEach((name, i) => {
      const copy = form.cloneNode(true) as HTMLElement;
      copy.dataset.probe = String(i);
      copy.style.cssText = 'position: fixed; left: -10000px; top: 0; width: 400px;';
      form.parentElement!.append(copy);
      const editor = copy.querySelector('[contenteditable="true"]') as HTMLElement;
      editor.focus();
      // Written both ways a script can: as DOM, and through the editing commands (trusted input events).
      const text = `Dear ${name}, it was good to meet you on Monday. Best, Kari`;
      if (i % 2) editor.textContent = text;
      else document.execCommand('insertText', false, text);
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      editor.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      editor.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      editor.dispatchEvent(new ClipboardEvent('paste', { bubbles: true }));
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
      editor.blur();
    });
  }, names);
}

/** The page dispatches WXT's "a newer content script started" event, under each name it could have. */
async function fireShutdown(page: Page): Promise<void> {
  await page.evaluate((id) => {
    for (const script of ['compose', 'compose.content']) {
      const name = `${id}:${script}:wxt:content-script-started`;
      for (const contentScriptName of ['compose', 'compose.content']) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName, messageId: 'page' } }));
      }
    }
  }, browser.extensionId);
}

const lolUnderlined = (page: Page) =>
  page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]).some((r) => r.toString() === 'lol'), undefined, {
    timeout: 10_000,
  });

/** What the page's own scripts can see of the extension. */
async function pageView(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __roots: { host: string }[]; __messages: string[]; __constructed: number };
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const hosts = [...document.querySelectorAll('followup-lint-ui')];
    return {
      hosts: hosts.length,
      shadowRoots: hosts.map((h) => h.shadowRoot !== null),
      hostAttributes: hosts.flatMap((h) => h.getAttributeNames()),
      dataFindingsAnywhere: document.querySelectorAll('[data-findings], [data-worst]').length,
      capturedRoots: w.__roots.filter((r) => r.host === 'followup-lint-ui').length,
      constructed: w.__constructed,
      startedMessages: w.__messages.filter((m) => m.includes('content-script-started')),
      highlighted: [...registry.entries()].filter(([name]) => name.startsWith('followup-lint')).flatMap(([, h]) => [...h].map((r) => r.toString())),
    };
  });
}

describe('a hostile page', () => {
  it('cannot reach the UI: the root is closed, and its own attachShadow never sees it', async () => {
    const { page, errors } = await openHostile();
    await page.locator(EDITOR).first().focus();
    await sessionStarted(page);
    await page.keyboard.type(FLAWED);
    expect(await waitForCheck(page, (n) => (n ?? 0) > 0)).toBeGreaterThan(0);
    // The UI is there for the user (and for DevTools), in a closed root.
    expect((await badge(page))?.rootType).toBe('closed');
    const view = await pageView(page);
    expect(view).toMatchObject({ hosts: 1, shadowRoots: [false], hostAttributes: [], dataFindingsAnywhere: 0, capturedRoots: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicks with script do nothing: the card stays shut until the user clicks', async () => {
    const { page, errors } = await openHostile();
    await page.locator(EDITOR).first().focus();
    await sessionStarted(page);
    await page.keyboard.type(FLAWED);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    await scriptClickHost(page);
    expect(await openCard(page)).toBeNull();
    await scriptClickBadge(page);
    expect(await openCard(page)).toBeNull();
    await scriptClickWords(page);
    expect(await openCard(page)).toBeNull();
    // The user's real clicks open it: on the badge, and on the underlined words.
    await uiClick(page, 'button[data-part="badge"]');
    expect(await openCard(page)).not.toBeNull();
    await uiClick(page, 'button[data-part="badge"]');
    expect(await openCard(page)).toBeNull();
    await page.locator(EDITOR).first().click({ position: { x: 16, y: 14 } });
    expect(await openCard(page)).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('learns nothing of the interview date: a good follow-up four days late shows no finding in the page; the side panel has it', async () => {
    const { page } = await openHostile();
    await page.locator(EDITOR).first().focus();
    await sessionStarted(page);
    await page.keyboard.type(GOOD);
    expect(await waitForCheck(page, () => true)).toBe(0);
    await uiClick(page, 'button[data-part="badge"]');
    const card = (await openCard(page))!;
    expect(await uiQueryAll(page, '[data-rule="late-follow-up"]')).toEqual([]);
    expect(card.text).not.toMatch(/\d+ hours/);
    expect(await accessibleName(page, '[role="dialog"]:not([hidden])')).toBe('Follow-up Lint: notes on this draft');
    expect((await uiQueryAll(page, '[role="dialog"] [data-action]')).map((a) => a.attributes['data-action'])).toEqual(['pause-site', 'open-panel', 'close']);
    // The finding exists: the side panel shows it.
    const panel = await browser.extensionPage('sidepanel.html');
    await panel.waitForFunction(() => document.querySelector('[data-testid="finding"][data-rule="late-follow-up"]') !== null);
    await panel.close();
    await page.close();
  });

  it('cannot switch the extension off with its shutdown event, and hears no start message', async () => {
    const { page, errors } = await openHostile();
    // The first real key shows the content script is running.
    await page.locator(EDITOR).first().focus();
    await sessionStarted(page);
    await page.keyboard.type('Hey');
    await waitForCheck(page, () => true);
    await fireShutdown(page);
    await page.keyboard.type(' Anna, thanks for the interview about the analyst job. Gonna call you tomorrow!! lol');
    await lolUnderlined(page);
    expect(await allUnderlined(page)).toEqual(expect.arrayContaining(['Gonna', 'lol']));
    expect((await pageView(page)).startedMessages).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('defining followup-lint-ui first runs none of its code on the extension, and breaks nothing', async () => {
    const { page, errors } = await openHostile(SPY_INIT + DEFINE_INIT);
    await page.locator(EDITOR).first().focus();
    await sessionStarted(page);
    await page.keyboard.type(FLAWED);
    expect(await waitForCheck(page, (n) => (n ?? 0) > 0)).toBeGreaterThan(0);
    expect((await badge(page))?.rootType).toBe('closed');
    expect(await pageView(page)).toMatchObject({ hosts: 1, shadowRoots: [false], constructed: 0, capturedRoots: 0 });
    await uiClick(page, 'button[data-part="badge"]');
    expect(await openCard(page)).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cannot probe the profile through hidden compose boxes it fills and focuses with script', async () => {
    const { page, errors } = await openHostile();
    const guesses = ['Anna Lind', ...INTERVIEWERS, 'Contoso', COMPANY, 'Per Olsen'];
    await probeNames(page, guesses);
    // Then the user types in the real box: once that is checked, any check of the probes would be back too.
    await page.locator(EDITOR).first().focus();
    await sessionStarted(page);
    await page.keyboard.type(FLAWED);
    // Seen from outside: one badge got a report, the user's; no probe's badge ever did.
    await expect.poll(async () => (await uiQueryAll(page, 'button[data-part="badge"][data-findings]')).map((b) => Number(b.attributes['data-findings'])), { timeout: 10_000 }).toEqual([
      expect.any(Number),
    ]);
    expect(await uiQueryAll(page, 'button[data-part="badge"]:not([hidden])')).toHaveLength(1);
    const view = await pageView(page);
    expect(view.hosts).toBe(guesses.length + 1);
    expect(view.hostAttributes).toEqual([]);
    expect(view.dataFindingsAnywhere).toBe(0);
    // Only the user's own draft is underlined; nothing in a probe.
    const inProbes = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()]
        .flatMap((h) => [...h])
        .filter((r) => r.startContainer.parentElement?.closest('form[data-probe]')).length,
    );
    expect(inProbes).toBe(0);
    expect(view.highlighted.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a name from the profile still counts in a box the user types in', async () => {
    const { page } = await openHostile();
    await page.locator(EDITOR).first().focus();
    await sessionStarted(page);
    // No job words at all: only the interviewer's name makes this a follow-up.
    await page.keyboard.type(`Hey ${INTERVIEWERS[0]}, gonna call you tomorrow lol`);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    expect((await badge(page))?.attributes['data-state']).toBeUndefined();
    expect(await allUnderlined(page)).toEqual(expect.arrayContaining(['lol']));
    await page.close();
  });

  it('all at once: learns nothing, breaks nothing, and a draft the user types is still checked', async () => {
    const { page, errors } = await openHostile(SPY_INIT + DEFINE_INIT);
    await probeNames(page, [...INTERVIEWERS, COMPANY]);
    await fireShutdown(page);
    await page.locator(EDITOR).first().focus();
    await sessionStarted(page);
    await page.keyboard.type(FLAWED);
    await expect.poll(async () => (await uiQueryAll(page, 'button[data-part="badge"][data-findings]')).length, { timeout: 10_000 }).toBe(1);
    await scriptClickHost(page);
    await scriptClickBadge(page);
    await scriptClickWords(page);
    await fireShutdown(page);
    await page.keyboard.type(' lol');
    await lolUnderlined(page);
    expect(await openCard(page)).toBeNull();
    const view = await pageView(page);
    expect(view).toMatchObject({ hosts: 4, shadowRoots: [false, false, false, false], hostAttributes: [], dataFindingsAnywhere: 0, capturedRoots: 0, constructed: 0, startedMessages: [] });
    expect(view.highlighted).toEqual(expect.arrayContaining(['Gonna', 'lol']));
    expect(await uiQueryAll(page, 'button[data-part="badge"]:not([hidden])')).toHaveLength(1);
    expect(await uiQueryAll(page, '[data-rule="late-follow-up"]')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
