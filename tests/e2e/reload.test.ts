/**
 * An update of the extension while a site is open: the background starts the new content
 * script in the open tab (what it does on install and update, with the scripting permission);
 * the old one steps aside without throwing into the page, and checking goes on. A real reload
 * of an unpacked extension disables it in this test browser, so the test does what the
 * background does on update: it injects the built content script into the tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allUnderlined, fixtureNamed, launchBrowser, sessionStarted, waitForCheck, type Browser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a new content script in an open tab', () => {
  it('takes over quietly: one badge, fresh underlines, no page errors', async () => {
    const fixture = fixtureNamed('linkedin-messaging');
    const page = await browser.open(fixture);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.locator(fixture.boxes[0].editor).focus();
    // The content script starts at document_idle: keys typed before it runs arm nothing.
    await sessionStarted(page);
    await page.keyboard.type('Hey Anna, thanks for the interview about the job. Gonna call!!');
    await waitForCheck(page, (n) => (n ?? 0) > 0);
    await page.evaluate(() => ((window as unknown as { __oldHost: Element | null }).__oldHost = document.querySelector('followup-lint-ui')));
    const ext = await browser.extensionPage('options.html');
    const started = await ext.evaluate(`
      chrome.tabs.query({ url: ['https://www.linkedin.com/*'] })
        .then((tabs) => Promise.all(tabs.map((t) => chrome.scripting.executeScript({ target: { tabId: t.id }, files: ['/content-scripts/compose.js'] }))))
        .then((r) => r.length)`);
    expect(started).toBe(1);
    await ext.close();
    await page.bringToFront();
    // The new copy has its own session (and host) once it has started: act only then.
    await page.waitForFunction(() => {
      const host = document.querySelector('followup-lint-ui');
      return host !== null && host !== (window as unknown as { __oldHost: Element | null }).__oldHost;
    }, undefined, { timeout: 10_000 });
    await page.locator(fixture.boxes[0].editor).click();
    await page.keyboard.type(' lol');
    await page.waitForFunction(
      () => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]).some((r) => r.toString() === 'lol'),
      undefined,
      { timeout: 10_000 },
    );
    expect(await page.locator('followup-lint-ui').count()).toBe(1);
    expect(await allUnderlined(page)).toEqual(expect.arrayContaining(['Gonna', 'lol']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
