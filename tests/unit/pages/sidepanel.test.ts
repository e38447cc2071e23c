// @vitest-environment happy-dom
/** The side panel against a fake background: what it shows for each state of the focused draft. */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ESTIMATED_ROW_PX } from '@/components/useWindowedRows';
import { App } from '@/entrypoints/sidepanel/App';
import { check, MAX_FINDINGS_PER_REPORT } from '@/lib/checker/check';
import { MESSAGES } from '@/lib/checker/messages/index';
import { RULE_IDS, type Finding } from '@/lib/checker/types';
import { translate } from '@/lib/i18n/index';
import { sendMessage } from '@/lib/messaging';
import { sourcesLine, splitAdviceSources } from '@/lib/sources';
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

describe('side panel with the most findings a report carries', () => {
  /** The most a report holds: 200 findings of check() on a long draft that breaks many rules. */
  const unit = 'Gonna call u lol. I need an answer ASAP. I am the best candidate. I hope your well. I just interviewed with Acme #blessed. ';
  const LONG = `Dear Anna,\n\n${unit.repeat(250)}`;
  const REPORT = check({ text: LONG, platform: 'gmail', surface: 'email' }, { force: true, adviceLang: 'en' });
  /** 200 warnings, one group: the longest single list. */
  const WARNINGS = 'lol '.repeat(200);
  const warnings = Array.from({ length: 200 }, (_, i): Finding => finding('informal-tone', 'warning', i * 4, i * 4 + 3, { message: `message ${i}` }));
  const indexes = () => findings().map((f) => Number(f.dataset.index));
  /** Fewer than a fifth of the rows: what a 768-pixel window shows, and some more on each side. */
  const BOUND = 40;

  it('renders a bounded number of rows, with counts and positions of the whole list', async () => {
    expect(REPORT.findings).toHaveLength(MAX_FINDINGS_PER_REPORT);
    page = await openPage(App, { draft: activeDraft(LONG, REPORT) });
    const rows = findings();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(BOUND);
    const counts = all(root(), '.finding-group h3 .count').map((c) => Number(c.textContent!.replace(/\D/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(MAX_FINDINGS_PER_REPORT);
    for (const group of all(root(), '.finding-group')) {
      const size = Number(group.querySelector('h3 .count')!.textContent!.replace(/\D/g, ''));
      for (const row of all(group, '[data-testid="finding"]')) expect(row.getAttribute('aria-setsize')).toBe(String(size));
    }
    for (const row of rows) {
      expect(row.querySelector('.finding-name')?.textContent).toContain(MESSAGES.en.rules[row.dataset.rule as Finding['rule']].name);
      expect(row.querySelector('.finding-message')?.textContent).not.toBe('');
      // The advice, its numbered sources named in words below it.
      const { text, sources } = splitAdviceSources(MESSAGES.en.rules[row.dataset.rule as Finding['rule']].advice);
      expect(row.querySelector('.finding-advice')?.textContent).toBe(text);
      expect(row.querySelector('[data-testid="sources"]')?.textContent).toBe(sourcesLine('en', sources));
      expect(row.querySelector('[data-testid="sources"] a')?.getAttribute('href')).toBe(`about.html#source-${sources[0]}`);
      expect(row.textContent).not.toMatch(/\(Sources: \d/u);
      expect(button(row, translate('en', 'panel.reveal'))).toBeDefined();
    }
  });

  it('reaches every finding by scrolling, rendering only those near the viewport', async () => {
    page = await openPage(App, { draft: activeDraft(WARNINGS, { findings: warnings }) });
    const list = root().querySelector<HTMLElement>('ul.findings')!;
    let scrolled = 0;
    // happy-dom has no layout: the list's place on screen is what scrolling the page by `scrolled` would give.
    vi.spyOn(list, 'getBoundingClientRect').mockImplementation(() => ({ top: -scrolled, bottom: -scrolled + 1000, left: 0, right: 0, width: 0, height: 1000, x: 0, y: -scrolled, toJSON() {} }));
    const seen = new Set<number>();
    for (scrolled = 0; scrolled <= 200 * ESTIMATED_ROW_PX; scrolled += 700) {
      await act(async () => void window.dispatchEvent(new Event('scroll')));
      await settle();
      const shown = indexes();
      expect(shown.length).toBeLessThan(BOUND);
      // The rows drawn sit where they would in the whole list.
      expect(parseFloat(list.style.paddingTop)).toBe(shown[0] * ESTIMATED_ROW_PX);
      for (const row of findings()) expect(row.querySelector('.finding-message')?.textContent).toBe(`message ${row.dataset.index}`);
      shown.forEach((i) => seen.add(i));
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([...Array(200).keys()]);
    await click(button(findings().at(-1)!, translate('en', 'panel.reveal')));
    expect(page.sent.revealFinding).toEqual([{ tabId: 7, editorId: 'editor-1', start: 199 * 4, end: 199 * 4 + 3 }]);
  });

  it('reaches every finding with the keyboard, forwards and back, the next row always there', async () => {
    page = await openPage(App, { draft: activeDraft(WARNINGS, { findings: warnings }) });
    const revealOf = (i: number) => {
      const row = findings().find((f) => f.dataset.index === String(i));
      return row && button(row, translate('en', 'panel.reveal'));
    };
    const walk = async (order: number[]) => {
      for (const i of order) {
        const next = revealOf(i);
        expect(next, `row ${i} is rendered when its neighbour has the focus`).toBeDefined();
        await act(async () => next!.focus());
        await settle();
        expect(document.activeElement).toBe(revealOf(i));
        expect(indexes().length).toBeLessThan(BOUND);
      }
    };
    await walk([...Array(200).keys()]);
    await walk([...Array(200).keys()].reverse());
  });
});
