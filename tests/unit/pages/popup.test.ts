// @vitest-environment happy-dom
/** The popup against a fake background and fake storage: the draft checklist and the follow-up process. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftCheckStates } from '@/components/DraftChecklist';
import { formatDay } from '@/components/ProcessChecklist';
import { App } from '@/entrypoints/popup/App';
import { translate } from '@/lib/i18n/index';
import { checklistItem, DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { activeDraft, all, button, click, finding, openPage, type Page } from './panel-harness';

let page: Page | undefined;
afterEach(async () => {
  await page?.unmount();
  page = undefined;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const root = () => page!.container.querySelector<HTMLElement>('[data-testid="popup"]')!;
const checks = () => Object.fromEntries(all(root(), '[data-testid="check"]').map((c) => [c.dataset.check, c.dataset.state]));
const step = (id: string) => root().querySelector<HTMLElement>(`[data-testid="step"][data-step="${id}"]`);
const steps = () => all(root(), '[data-testid="step"]').map((s) => s.dataset.step);

const TEXT = 'Hi, I still have not heard back from you. I am the best candidate you will find!';
const DRAFT = activeDraft(TEXT, {
  findings: [finding('generic-greeting', 'warning', 0, 3), finding('missing-thanks', 'error', 0, 3), finding('pushy-tone', 'warning', 4, 40)],
});

const PROFILE = (s: Settings) => {
  s.profile.interviewDate = '2025-03-10';
  s.profile.interviewTime = '14:30';
  s.profile.interviewers = ['Anna Berg', 'Bo Holm'];
  s.profile.decisionDate = '2025-03-21';
};

describe('draft checklist states', () => {
  it('fails a line when any finding of its rules is present, is off when all its rules are off', () => {
    const rules = structuredClone(DEFAULT_SETTINGS.rules);
    rules['missing-closing'].enabled = false;
    rules['overselling'].enabled = false;
    const states = draftCheckStates([finding('humble-brag', 'warning', 0, 1), finding('too-long', 'warning', 0, 1)], rules);
    expect(states).toEqual({
      thanks: 'pass',
      interview: 'pass',
      greeting: 'pass',
      tone: 'fail',
      length: 'fail',
      audience: 'pass',
      closing: 'off',
      interest: 'pass',
      timing: 'pass',
    });
  });

  it('ignores a finding of a rule that has since been switched off, and is off only when the whole line is off', () => {
    const rules = structuredClone(DEFAULT_SETTINGS.rules);
    for (const id of ['informal-tone', 'pushy-tone', 'overselling'] as const) rules[id].enabled = false;
    expect(draftCheckStates([finding('pushy-tone', 'warning', 0, 1)], rules).tone).toBe('pass');
    rules['humble-brag'].enabled = false;
    expect(draftCheckStates([finding('pushy-tone', 'warning', 0, 1)], rules).tone).toBe('off');
  });
});

describe('popup', () => {
  it('shows one line per check with pass, fail or off for the focused draft', async () => {
    page = await openPage(App, { draft: DRAFT, settings: (s) => void (s.rules['missing-interest'].enabled = false) });
    expect(checks()).toEqual({
      thanks: 'fail',
      interview: 'pass',
      greeting: 'fail',
      tone: 'fail',
      length: 'pass',
      audience: 'pass',
      closing: 'pass',
      interest: 'off',
      timing: 'pass',
    });
    const interest = root().querySelector('[data-check="interest"]')!;
    expect(interest.textContent).toContain(translate('en', 'popup.check.interest'));
    expect(interest.textContent).toContain(translate('en', 'popup.state.off'));
  });

  it('without a focused draft says how to start, and still shows the process', async () => {
    page = await openPage(App, { draft: null });
    expect(root().querySelector('[data-testid="no-draft"]')?.textContent).toBe(translate('en', 'common.noDraft.body'));
    expect(all(root(), '[data-testid="check"]')).toHaveLength(0);
    expect(steps()).toEqual(['thank-you', 'notes', 'one-message', 'no-linkedin']);
  });

  it('for a draft that is not a follow-up offers to check it anyway instead of a checklist', async () => {
    page = await openPage(App, { draft: activeDraft('Lunch on Friday?', { applicable: false }) });
    expect(all(root(), '[data-testid="check"]')).toHaveLength(0);
    await click(button(root(), translate('en', 'common.checkAnyway')));
    expect(page.sent.checkActiveDraft).toBe(1);
  });

  it('without an interview date says so and links to the settings', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    page = await openPage(App, { draft: DRAFT });
    const notice = root().querySelector('[data-testid="no-interview-date"]')!;
    expect(notice.textContent).toContain(translate('en', 'popup.noInterviewDate'));
    await click(button(notice, translate('en', 'popup.addInterviewDate')));
    expect(open).toHaveBeenCalledTimes(1);
    expect(step('thank-you')?.querySelector('.step-details')).toBeNull();
  });

  it('dates the process from the interview, names the panel and plans the status e-mail', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 2, 10, 18, 0));
    page = await openPage(App, { draft: DRAFT, settings: PROFILE });
    expect(root().querySelector('[data-testid="no-interview-date"]')).toBeNull();
    expect(steps()).toEqual(['thank-you', 'notes', 'panel-notes', 'status-email', 'one-message', 'no-linkedin']);

    const thanks = step('thank-you')!;
    expect(thanks.dataset.state).toBe('due');
    const by = formatDay(new Date(2025, 2, 11, 14, 30), 'en', true);
    const latest = formatDay(new Date(2025, 2, 12, 14, 30), 'en', true);
    expect(thanks.textContent).toContain(translate('en', 'popup.step.thankYou.dates', { by, latest }));
    expect(by).toContain('11');
    expect(latest).toContain('12');
    expect(step('panel-notes')?.textContent).toContain('To: Anna Berg and Bo Holm');
    const status = step('status-email')!;
    expect(status.textContent).toContain(translate('en', 'popup.step.statusEmail.detail', { date: formatDay(new Date(2025, 2, 22), 'en', false) }));
    expect(status.dataset.state).toBe('waiting');
  });

  it('says a late thank-you is still worth sending', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 2, 14, 9, 0));
    page = await openPage(App, { settings: PROFILE });
    expect(step('thank-you')?.textContent).toContain(translate('en', 'popup.step.thankYou.late'));
  });

  it('formats dates in the interface language', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 2, 10, 18, 0));
    page = await openPage(App, {
      settings: (s) => {
        PROFILE(s);
        s.uiLang = 'de';
      },
    });
    const by = formatDay(new Date(2025, 2, 11, 14, 30), 'de', true);
    expect(by).toMatch(/März|Mär/);
    expect(step('thank-you')?.textContent).toContain(by);
    expect(step('panel-notes')?.textContent).toContain('Anna Berg und Bo Holm');
  });

  it('keeps the ticks in storage, per interview', async () => {
    page = await openPage(App, { settings: PROFILE, checklist: { '2025-03-10/notes': true, '2025-01-02/thank-you': true } });
    const box = (id: string) => step(id)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box('notes').checked).toBe(true);
    expect(box('thank-you').checked).toBe(false);

    await click(box('thank-you'));
    expect(box('thank-you').checked).toBe(true);
    expect(await checklistItem.getValue()).toEqual({ '2025-03-10/notes': true, '2025-01-02/thank-you': true, '2025-03-10/thank-you': true });

    await click(box('notes'));
    expect(box('notes').checked).toBe(false);
    expect((await checklistItem.getValue())['2025-03-10/notes']).toBe(false);
  });

  it('shows ticks made in another window', async () => {
    page = await openPage(App, { settings: PROFILE });
    await checklistItem.setValue({ '2025-03-10/no-linkedin': true });
    await vi.waitFor(() => expect(step('no-linkedin')!.querySelector<HTMLInputElement>('input')!.checked).toBe(true));
  });

  it('opens the side panel in the current window and the settings', async () => {
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 42 } as never);
    const openPanel = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    page = await openPage(App, { draft: DRAFT });
    await click(button(root(), translate('en', 'popup.openSidePanel')));
    expect(openPanel).toHaveBeenCalledWith({ windowId: 42 });
    expect(close).toHaveBeenCalled();
    await click(button(root().querySelector('.actions')!, translate('en', 'common.settings')));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });
});
