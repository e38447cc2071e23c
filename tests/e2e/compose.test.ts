/**
 * The built extension on the site fixtures: typing underlines the right words and updates the
 * badge, a good follow-up and a non-follow-up stay clean, public surfaces get the public-post
 * error, and the editor's text and markup are exactly what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allUnderlined, badge, fixtureNamed, launchBrowser, openCard, sessionStarted, uiClick, uiQueryAll, underlined, waitForCheck, type Browser } from './harness';
import type { FixtureBox } from '../fixtures/sites/types';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function editorOf(page: Page, box: FixtureBox) {
  // Playwright's CSS engine pierces open shadow roots, so the inner selector is enough.
  return page.locator(box.editor.includes('>>>') ? box.editor.split('>>>')[1].trim() : box.editor).first();
}

/**
 * Types into an editor like a person would, then records every change to the editor's DOM
 * from then on (in the page's own world), so a test can prove the extension changed nothing.
 */
async function typeAndWatch(page: Page, box: FixtureBox, text: string, { session = true } = {}) {
  const editor = editorOf(page, box);
  // focus() rather than a click: a dialog may cover the box (as Facebook's composer covers the feed).
  await editor.focus();
  // The content script starts at document_idle: keys typed before it runs arm nothing.
  if (session) await sessionStarted(page);
  await page.keyboard.type(text);
  await editor.evaluate((el) => {
    const w = window as unknown as { __mutations: number; __html: string; __sel: string };
    w.__mutations = 0;
    w.__html = el instanceof HTMLTextAreaElement ? el.value : el.innerHTML;
    const s = getSelection();
    w.__sel = el instanceof HTMLTextAreaElement ? `${el.selectionStart}:${el.selectionEnd}` : `${s?.anchorOffset}:${s?.focusOffset}:${s?.anchorNode?.textContent}`;
    new MutationObserver((records) => (w.__mutations += records.length)).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return editor;
}

/** The rules the badge's card lists (opened with the user's click, closed with Escape). */
async function cardRules(page: Page): Promise<string[]> {
  await uiClick(page, 'button[data-part="badge"]');
  await expect.poll(async () => (await openCard(page)) !== null, { timeout: 3_000 }).toBe(true);
  const rules = (await uiQueryAll(page, '[role="dialog"] [data-rule]')).map((f) => f.attributes['data-rule']);
  await page.keyboard.press('Escape');
  return rules;
}

async function assertUntouched(page: Page, box: FixtureBox) {
  const state = await editorOf(page, box).evaluate((el) => {
    const w = window as unknown as { __mutations: number; __html: string; __sel: string };
    const s = getSelection();
    return {
      mutations: w.__mutations,
      same: (el instanceof HTMLTextAreaElement ? el.value : el.innerHTML) === w.__html,
      selection:
        (el instanceof HTMLTextAreaElement ? `${el.selectionStart}:${el.selectionEnd}` : `${s?.anchorOffset}:${s?.focusOffset}:${s?.anchorNode?.textContent}`) === w.__sel,
      inside: el.querySelector('followup-lint-ui') === null,
    };
  });
  expect(state).toEqual({ mutations: 0, same: true, selection: true, inside: true });
}

const FLAWED_MESSAGE = 'Hey Maria, thanks for the interview yesterday about the recruiter role. Gonna send my portfolio tomorrow!!';
const GOOD_MESSAGE =
  'Dear Maria,\nThank you for the interview yesterday about the recruiter role. I enjoyed our conversation about the graduate programme, and I am very interested in the position.\nI look forward to hearing from you.\nKind regards,\nSam';
const NOT_FOLLOW_UP = 'Hi Jonas, thanks for the lovely barbecue on Saturday! See you at the match next week.';

describe('LinkedIn messaging (plain contenteditable)', () => {
  const fixture = fixtureNamed('linkedin-messaging');
  const box = fixture.boxes[0];

  it('underlines the flawed words, counts them on the badge, and leaves the editor as typed', async () => {
    const page = await browser.open(fixture);
    await typeAndWatch(page, box, FLAWED_MESSAGE);
    const count = await waitForCheck(page, (n) => (n ?? 0) > 0);
    const words = await allUnderlined(page);
    expect(words).toEqual(expect.arrayContaining(['Hey', 'Gonna', '!!']));
    expect(count).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(600);
    await assertUntouched(page, box);
    await page.close();
  });

  it('leaves a good follow-up without underlines', async () => {
    const page = await browser.open(fixture);
    await typeAndWatch(page, box, GOOD_MESSAGE);
    expect(await waitForCheck(page, (n) => n === 0)).toBe(0);
    expect(await allUnderlined(page)).toEqual([]);
    await assertUntouched(page, box);
    await page.close();
  });

  it('stays silent on a message that is not a follow-up', async () => {
    const page = await browser.open(fixture);
    await typeAndWatch(page, box, NOT_FOLLOW_UP);
    await waitForCheck(page, (n) => n === 0);
    expect((await badge(page))?.attributes).toMatchObject({ 'data-worst': 'none', 'data-state': 'not-follow-up', 'data-findings': '0' });
    expect(await allUnderlined(page)).toEqual([]);
    await page.close();
  });
});

describe('LinkedIn comment (Quill)', () => {
  it('flags a thank-you comment as public', async () => {
    const fixture = fixtureNamed('linkedin-comment');
    const box = fixture.boxes.find((b) => b.surface === 'comment')!;
    const page = await browser.open(fixture);
    await typeAndWatch(page, box, 'Thank you Maria for the interview about the analyst position yesterday, I am very interested in the role!');
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    // About the whole comment: in the badge's card, not a wave under every word.
    expect((await underlined(page))['followup-lint-error'].join(' ')).not.toContain('Thank you Maria');
    await page.waitForTimeout(600);
    await assertUntouched(page, box);
    expect(await cardRules(page)).toContain('public-post');
    await page.close();
  });
});

describe('LinkedIn connection note (textarea in a shadow root)', () => {
  it('flags an invitation to the interviewer with the badge, and draws underline boxes beside the textarea', async () => {
    const fixture = fixtureNamed('linkedin-invite');
    const box = fixture.boxes[0];
    const page = await browser.open(fixture);
    await typeAndWatch(page, box, 'Hi Maria, thank you for the interview today about the recruiter role. Gonna keep in touch here!');
    const count = await waitForCheck(page, (n) => (n ?? 0) > 0);
    expect(count).toBeGreaterThan(0);
    expect((await uiQueryAll(page, '[data-part="underline"]')).length).toBeGreaterThan(0);
    await assertUntouched(page, box);
    await page.close();
  });
});

describe('Gmail (plain contenteditable with quoted thread and signature)', () => {
  it('checks the draft already in a new message once the user clicks into it, not its signature', async () => {
    const fixture = fixtureNamed('gmail-compose');
    const box = fixture.boxes[0];
    const page = await browser.open(fixture);
    // A real click: a box is checked only after the user did something in it.
    await editorOf(page, box).focus();
    await sessionStarted(page);
    await editorOf(page, box).click();
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    const words = await allUnderlined(page);
    expect(words).toEqual(expect.arrayContaining(['thx', '!!']));
    const inSignature = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.values()].flatMap((h) => [...h]).filter((r) => (r.startContainer.parentElement?.closest('.gmail_signature, .gmail_quote') ?? null) !== null).length;
    });
    expect(inSignature).toBe(0);
    await page.close();
  });

  it('leaves the quoted thread of a reply alone', async () => {
    const fixture = fixtureNamed('gmail-reply');
    const box = fixture.boxes[0];
    const page = await browser.open(fixture);
    await editorOf(page, box).focus();
    await sessionStarted(page);
    await editorOf(page, box).click();
    await waitForCheck(page, () => true);
    const inQuote = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.values()].flatMap((h) => [...h]).filter((r) => r.startContainer.parentElement?.closest('.gmail_quote') != null).length;
    });
    expect(inQuote).toBe(0);
    await page.close();
  });
});

describe('Facebook (Lexical) and Messenger', () => {
  const THANKS = 'Thank you Anna for the interview yesterday about the warehouse position, I am very interested in the job.';

  it('flags a public post as public, and an only-me post not', async () => {
    const fixture = fixtureNamed('facebook-post');
    const box = fixture.boxes.find((b) => b.surface === 'post')!;
    for (const [hash, publicExpected] of [['audience=public', true], ['audience=only-me', false]] as const) {
      const page = await browser.open(fixture, hash);
      await typeAndWatch(page, box, THANKS);
      await waitForCheck(page, (n) => (n ?? 0) > 0 || !publicExpected);
      await page.waitForTimeout(500);
      expect((await underlined(page))['followup-lint-error'].join(' ')).not.toContain('Thank you Anna');
      await assertUntouched(page, box);
      if (publicExpected) expect(await cardRules(page)).toContain('public-post');
      else expect(await cardRules(page)).not.toContain('public-post');
      await page.close();
    }
  });

  it('flags a thank-you comment on a post as public', async () => {
    const fixture = fixtureNamed('facebook-post');
    const box = fixture.boxes.find((b) => b.surface === 'comment')!;
    const page = await browser.open(fixture);
    await typeAndWatch(page, box, THANKS);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    expect(await cardRules(page)).toContain('public-post');
    await page.close();
  });

  it('does not call a Messenger message public', async () => {
    const fixture = fixtureNamed('facebook-messenger');
    const box = fixture.boxes[0];
    const page = await browser.open(fixture);
    await typeAndWatch(page, box, 'Hi Jonas,\nThank you for the interview yesterday about the warehouse position. I enjoyed our conversation and I am very interested in the job.\nI look forward to hearing from you.\nBest regards,\nSam');
    expect(await waitForCheck(page, () => true)).toBe(0);
    expect(await allUnderlined(page)).toEqual([]);
    await assertUntouched(page, box);
    await page.close();
  });
});

describe('lifetime and opting out', () => {
  it('a closed compose box leaves no badge and no underlines behind', async () => {
    const fixture = fixtureNamed('linkedin-messaging');
    const box = fixture.boxes[0];
    const page = await browser.open(fixture);
    await typeAndWatch(page, box, FLAWED_MESSAGE);
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    expect(await allUnderlined(page)).not.toEqual([]);
    // The site closes the conversation: its form goes away.
    await page.evaluate(() => document.querySelector('form.msg-form')?.remove());
    await page.waitForFunction(() => document.querySelector('followup-lint-ui') === null);
    // The session ends at the next sweep and takes its underlines with it.
    await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].every((h) => h.size === 0));
    expect(await allUnderlined(page)).toEqual([]);
    await page.close();
  });

  it('leaves alone a field that asks writing tools to stay out', async () => {
    const fixture = fixtureNamed('linkedin-messaging');
    const box = fixture.boxes[0];
    const page = await browser.open(fixture);
    await editorOf(page, box).evaluate((el) => el.setAttribute('data-gramm', 'false'));
    await typeAndWatch(page, box, FLAWED_MESSAGE, { session: false });
    await page.waitForTimeout(1000);
    expect(await page.locator('followup-lint-ui').count()).toBe(0);
    expect(await allUnderlined(page)).toEqual([]);
    await page.close();
  });
});
