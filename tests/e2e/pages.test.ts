/**
 * The extension pages against a live compose box: the side panel and popup show the draft
 * being edited, and switching a rule off in the options page removes its underlines in the
 * open tab without a reload.
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

const FLAWED = 'Hey Maria, thanks for the interview yesterday about the recruiter role. Gonna send my portfolio tomorrow!!';

async function composeFlawed() {
  const fixture = fixtureNamed('linkedin-messaging');
  const page = await browser.open(fixture);
  await page.locator(fixture.boxes[0].editor).focus();
  // The content script starts at document_idle: keys typed before it runs arm nothing.
  await sessionStarted(page);
  await page.keyboard.type(FLAWED);
  await waitForCheck(page, (n) => (n ?? 0) > 0);
  return page;
}

describe('extension pages', () => {
  it('the side panel shows the findings of the draft being edited, live', async () => {
    const site = await composeFlawed();
    const panel = await browser.extensionPage('sidepanel.html');
    await panel.getByTestId('finding').first().waitFor();
    const rules = await panel.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toContain('informal-tone');
    expect(await panel.getByTestId('language').textContent()).toBe('English');
    // Typing more in the site updates the open panel.
    await site.bringToFront();
    await site.keyboard.type(' I am the best candidate you will ever find.');
    await panel.waitForFunction(() => [...document.querySelectorAll('[data-testid="finding"]')].some((e) => e.getAttribute('data-rule') === 'overselling'));
    await panel.close();
    await site.close();
  });

  it('the popup shows the draft checklist and the follow-up steps', async () => {
    const site = await composeFlawed();
    const popup = await browser.extensionPage('popup.html');
    await popup.getByTestId('check').first().waitFor();
    expect(await popup.locator('[data-testid="check"][data-check="tone"]').getAttribute('data-state')).toBe('fail');
    expect(await popup.locator('[data-testid="check"][data-check="thanks"]').getAttribute('data-state')).toBe('pass');
    expect(await popup.getByTestId('step').count()).toBeGreaterThan(3);
    await popup.close();
    await site.close();
  });

  it('turning a rule off in the options removes its underlines in the open tab', async () => {
    const site = await composeFlawed();
    expect(await allUnderlined(site)).toContain('Gonna');
    const options = await browser.extensionPage('options.html');
    const row = options.locator('[data-testid="rule"][data-rule="informal-tone"]');
    await row.locator('input[type="checkbox"]').first().uncheck();
    await site.bringToFront();
    await site.waitForFunction(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return ![...registry.values()].flatMap((h) => [...h]).some((r) => r.toString() === 'Gonna');
    });
    expect(await allUnderlined(site)).not.toContain('Gonna');
    await row.locator('input[type="checkbox"]').first().check();
    await options.close();
    await site.close();
  });
});
