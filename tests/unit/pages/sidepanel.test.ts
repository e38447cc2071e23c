// @vitest-environment happy-dom
/** The side panel against a fake background: what it shows for each state of the focused draft. */
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/sidepanel/App';
import { MESSAGES } from '@/lib/checker/messages/index';
import { RULE_IDS } from '@/lib/checker/types';
import { translate } from '@/lib/i18n/index';
import { sendMessage } from '@/lib/messaging';
import { activeDraft, all, button, click, finding, openPage, settle, type Page } from './panel-harness';

let page: Page | undefined;
afterEach(async () => {
  await page?.unmount();
  page = undefined;
});

const TEXT = 'Hey Anna, the interview was mega. I am the best candidate. Regards';
/** The offsets of `words` in TEXT. */
const at = (words: string): [number, number] => [TEXT.indexOf(words), TEXT.indexOf(words) + words.length];
const BRAG = at('I am the best candidate');
const REGARDS = at('Regards');
const DRAFT = activeDraft(TEXT, {
  findings: [
    finding('informal-tone', 'warning', ...at('Hey'), { suggestion: 'Dear Anna,' }),
    finding('missing-thanks', 'error', ...at('Hey Anna')),
    finding('informal-tone', 'warning', ...at('mega')),
    finding('overselling', 'warning', ...BRAG),
    finding('missing-closing', 'info', ...REGARDS),
  ],
});

const root = () => page!.container.querySelector<HTMLElement>('[data-testid="sidepanel"]')!;
const findings = () => all(root(), '[data-testid="finding"]');

describe('side panel', () => {
  it('without a focused draft explains how to start and what is checked', async () => {
    page = await openPage(App, { draft: null });
    const start = root().querySelector('[data-testid="getting-started"]')!;
    expect(start.textContent).toContain(translate('en', 'panel.start.compose'));
    for (const id of RULE_IDS) expect(start.textContent).toContain(MESSAGES.en.rules[id].name);
    expect(findings()).toHaveLength(0);
  });

  it('groups the findings by severity, errors first, each with its words, advice and suggestion', async () => {
    page = await openPage(App, { draft: DRAFT });
    expect(findings().map((f) => [f.dataset.severity, f.dataset.rule])).toEqual([
      ['error', 'missing-thanks'],
      ['warning', 'informal-tone'],
      ['warning', 'informal-tone'],
      ['warning', 'overselling'],
      ['info', 'missing-closing'],
    ]);
    const groups = all(root(), '.finding-group h3').map((h) => h.textContent);
    expect(groups).toEqual(['✕Errors (1)', '!Warnings (3)', 'iTips (1)']);

    const [thanks, hey, mega, brag] = findings();
    expect(thanks.textContent).toContain(MESSAGES.en.rules['missing-thanks'].name);
    expect(thanks.textContent).toContain('message of missing-thanks');
    expect(thanks.textContent).toContain('advice for missing-thanks');
    expect(thanks.querySelector('[data-testid="excerpt"]')?.textContent).toBe('Hey Anna');
    expect(hey.querySelector('[data-testid="excerpt"]')?.textContent).toBe('Hey');
    expect(hey.textContent).toContain('Dear Anna,');
    expect(mega.querySelector('[data-testid="excerpt"]')?.textContent).toBe('mega');
    expect(mega.querySelector('.finding-suggestion')).toBeNull();
    expect(brag.querySelector('[data-testid="excerpt"]')?.textContent).toBe('I am the best candidate');
  });

  it('shows the language, who can read it and the length against the budget', async () => {
    page = await openPage(App, { draft: { ...DRAFT, report: { ...DRAFT.report, language: 'de' } } });
    expect(root().querySelector('[data-testid="language"]')?.textContent).toBe('Deutsch');
    expect(root().querySelector('[data-testid="visibility"]')?.getAttribute('data-visibility')).toBe('private');
    const length = root().querySelector('[data-testid="length"]')!;
    expect(length.textContent).toBe('12 of 250 words');
    expect(length.getAttribute('data-over')).toBe('false');
  });

  it('marks a post as public and a length over budget', async () => {
    const post = activeDraft('So excited to share that I interviewed with Acme today', {}, { surface: 'post', platform: 'linkedin', budget: 5 });
    page = await openPage(App, { draft: post });
    const where = root().querySelector('[data-testid="visibility"]')!;
    expect(where.getAttribute('data-visibility')).toBe('public');
    expect(where.textContent).toContain(translate('en', 'panel.public'));
    expect(root().querySelector('[data-testid="length"]')?.getAttribute('data-over')).toBe('true');
  });

  it('counts characters for a connection note', async () => {
    const note = activeDraft('Thank you for the interview today, Anna.', {}, { surface: 'connection-note', platform: 'linkedin', budget: 300 });
    page = await openPage(App, { draft: note });
    expect(root().querySelector('[data-testid="length"]')?.textContent).toBe('40 of 300 characters');
  });

  it('jumps to the flagged words in the editor', async () => {
    page = await openPage(App, { draft: DRAFT });
    await click(button(findings()[3], translate('en', 'panel.reveal')));
    expect(page.sent.revealFinding).toEqual([{ tabId: 7, editorId: 'editor-1', start: BRAG[0], end: BRAG[1] }]);
  });

  it('says when a draft is not a follow-up and checks it anyway on request', async () => {
    page = await openPage(App, { draft: activeDraft('See you at the barbecue on Sunday!', { applicable: false }) });
    expect(root().querySelector('[data-testid="not-follow-up"]')?.textContent).toContain(translate('en', 'common.notFollowUp'));
    expect(findings()).toHaveLength(0);
    await click(button(root(), translate('en', 'common.checkAnyway')));
    expect(page.sent.checkActiveDraft).toBe(1);
  });

  it('says when only part of a long draft was checked', async () => {
    page = await openPage(App, { draft: activeDraft('Thanks for the interview', { limit: { checkedChars: 20000, totalChars: 31250 } }) });
    expect(root().querySelector('[data-testid="limit"]')?.textContent).toBe('Only the first 20,000 of 31,250 characters were checked.');
  });

  it('says when a report lists only some of the draft’s findings, and not otherwise', async () => {
    const capped = { shown: 200, total: 50_005, rules: ['informal-tone' as const, 'repetition' as const] };
    page = await openPage(App, { draft: { ...DRAFT, report: { ...DRAFT.report, capped } } });
    expect(root().querySelector('[data-testid="capped"]')?.textContent).toBe('Only 200 of 50,005 findings are listed; the others are more of the same.');
    await page.unmount();
    page = await openPage(App, { draft: DRAFT });
    expect(root().querySelector('[data-testid="capped"]')).toBeNull();
  });

  it('says so when there is nothing to fix', async () => {
    page = await openPage(App, { draft: activeDraft('Dear Anna, thank you for the interview.') });
    expect(root().querySelector('[data-testid="no-findings"]')).not.toBeNull();
  });

  it('follows the draft being edited as the background reports it', async () => {
    page = await openPage(App, { draft: null });
    expect(root().querySelector('[data-testid="getting-started"]')).not.toBeNull();
    await sendMessage('activeDraftChanged', DRAFT).catch(() => {});
    await settle();
    expect(findings()).toHaveLength(5);
    const fixed = activeDraft(TEXT, { findings: [finding('missing-closing', 'info', ...REGARDS)] });
    await sendMessage('activeDraftChanged', fixed).catch(() => {});
    await settle();
    expect(findings().map((f) => f.dataset.rule)).toEqual(['missing-closing']);
    await sendMessage('activeDraftChanged', null).catch(() => {});
    await settle();
    expect(root().querySelector('[data-testid="getting-started"]')).not.toBeNull();
  });

  it('shows draft text as text, never as markup', async () => {
    const text = 'Thanks <img src=x onerror="alert(1)"><script>alert(2)</script>';
    const draft = activeDraft(text, { findings: [finding('informal-tone', 'warning', 7, text.length)] });
    page = await openPage(App, { draft });
    expect(root().querySelector('img, script')).toBeNull();
    expect(findings()[0].querySelector('[data-testid="excerpt"]')?.textContent).toBe(text.slice(7));
  });

  it('speaks the language set in the settings', async () => {
    page = await openPage(App, { draft: DRAFT, settings: (s) => void (s.uiLang = 'sv') });
    expect(root().getAttribute('lang')).toBe('sv');
    expect(button(findings()[0], translate('sv', 'panel.reveal'))).toBeDefined();
    expect(root().textContent).toContain(translate('sv', 'panel.severity.warning'));
  });
});
