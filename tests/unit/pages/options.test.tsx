// @vitest-environment happy-dom
/**
 * The options page against fake extension storage: what it shows, that edits are saved as the
 * user makes them, that rejected input is marked and not saved, reset with confirmation, and
 * that changes made elsewhere show up without a reload.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { ruleSummary } from '@/entrypoints/options/ruleSummary';
import { MESSAGES } from '@/lib/checker/messages/index';
import { RULE_IDS } from '@/lib/checker/types';
import { translate } from '@/lib/i18n/index';
import { DEFAULT_SETTINGS, loadSettings, settingsItem, type Settings } from '@/lib/settings';
import { connectStore, useAppStore } from '@/lib/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let disconnect: () => void;

async function openPage(stored?: Partial<Settings>) {
  if (stored) await settingsItem.setValue({ ...structuredClone(DEFAULT_SETTINGS), ...stored });
  disconnect = connectStore({ withDraft: false });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<App />));
  await vi.waitFor(() => expect(useAppStore.getState().loaded).toBe(true));
  await settle();
}

/** Lets pending saves and storage watchers run. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const $ = <E extends Element = HTMLElement>(selector: string) => {
  const found = container.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = <E extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<E>(selector)];

/** The form control whose label reads `label`. */
function field<E extends HTMLElement = HTMLInputElement>(label: string): E {
  const found = $$<HTMLLabelElement>('label').find((l) => l.textContent === label);
  if (!found?.htmlFor) throw new Error(`no field labelled ${label}`);
  return container.ownerDocument.getElementById(found.htmlFor) as E;
}

/** Types into a field the way a user does (React reads the native value on the input event). */
async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

async function click(element: HTMLElement) {
  await act(async () => element.click());
  await settle();
}

async function blur(element: HTMLElement) {
  await act(async () => element.blur());
  await settle();
}

const stored = async () => (await settingsItem.getValue()) as Settings;
const en = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate('en', key, values);

beforeEach(() => {
  fakeBrowser.reset();
  useAppStore.setState({ loaded: false, settings: DEFAULT_SETTINGS, checklist: {}, activeDraft: null, uiLang: 'en' });
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  disconnect();
});

describe('options page', () => {
  it('shows every check with its name, first sentence of advice, switch and severity; the sites; the privacy note', async () => {
    await openPage();
    expect($('[data-testid="options"]')).toBeTruthy();
    expect($('[data-testid="privacy"]').textContent).toBe(`${en('options.privacy')} ${en('options.privacyLink')}`);
    expect($('[data-testid="privacy-link"]').getAttribute('href')).toMatch(/\/PRIVACY\.md$/);

    const rows = $$('[data-testid="rule"]');
    expect(rows.map((row) => row.dataset.rule)).toEqual([...RULE_IDS]);
    for (const row of rows) {
      const id = row.dataset.rule as (typeof RULE_IDS)[number];
      expect(row.textContent).toContain(MESSAGES.en.rules[id].name);
      expect(row.textContent).toContain(ruleSummary('en', id));
      const checkbox = row.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      expect(checkbox.checked).toBe(true);
      expect(row.querySelector<HTMLSelectElement>('select')!.value).toBe(DEFAULT_SETTINGS.rules[id].severity);
    }
    expect($$('[data-testid="site"]').map((site) => site.dataset.site)).toEqual(['gmail', 'linkedin', 'facebook']);
    expect($$<HTMLInputElement>('[data-testid="site"] input').every((box) => box.checked)).toBe(true);
    // Draft-like text is never rendered as markup: the page has no HTML injection point for it.
    expect(container.innerHTML).not.toContain('<script');
  });

  it('shows what is stored', async () => {
    await openPage({
      profile: { ...DEFAULT_SETTINGS.profile, name: 'Kim Berg', interviewers: ['Ana Silva', 'Bo Lund'], interviewKind: 'video' },
      budgets: { ...DEFAULT_SETTINGS.budgets, email: 180 },
      rules: { ...DEFAULT_SETTINGS.rules, repetition: { enabled: false, severity: 'info' } },
      sites: { gmail: true, linkedin: false, facebook: true },
    });
    expect(field(en('options.profile.name')).value).toBe('Kim Berg');
    expect($$<HTMLInputElement>('[data-testid="interviewer"] input').map((i) => i.value)).toEqual(['Ana Silva', 'Bo Lund']);
    expect(field(en('options.budgets.email')).value).toBe('180');
    const repetition = $('[data-rule="repetition"]');
    expect(repetition.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
    expect(repetition.querySelector('select')!.value).toBe('info');
    expect($<HTMLInputElement>('[data-site="linkedin"] input').checked).toBe(false);
    expect($<HTMLInputElement>('input[type="radio"][value="video"]').checked).toBe(true);
  });

  it('saves text fields as the user types, keeping what they type on screen', async () => {
    await openPage();
    const name = field(en('options.profile.name'));
    await type(name, 'Kim ');
    expect((await stored()).profile.name).toBe('Kim');
    // The trailing space is still there to type the next word after.
    expect(name.value).toBe('Kim ');
    await type(name, 'Kim Berg');
    expect((await stored()).profile.name).toBe('Kim Berg');
    await type(field(en('options.profile.company')), 'Acme');
    await type(field(en('options.profile.role')), 'Data analyst');
    const profile = (await stored()).profile;
    expect([profile.name, profile.company, profile.role]).toEqual(['Kim Berg', 'Acme', 'Data analyst']);
    expect($('[data-testid="save-status"]').textContent).toBe(en('options.status.saved'));
  });

  it('keeps what the user is typing when an older save comes back late, and shows the saved value after leaving', async () => {
    await openPage();
    const company = field(en('options.profile.company'));
    await type(company, 'Acme Nordic');
    // Storage watchers can deliver an earlier value after a later one was set.
    const older = structuredClone(useAppStore.getState().settings);
    older.profile.company = 'Acme';
    await act(async () => useAppStore.setState({ settings: older }));
    expect(company.value).toBe('Acme Nordic');
    await type(company, 'Acme Nordic AB');
    await blur(company);
    expect(company.value).toBe('Acme Nordic AB');
    expect((await stored()).profile.company).toBe('Acme Nordic AB');
  });

  it('saves the interview date, time, kind and decision date', async () => {
    await openPage();
    await type(field(en('options.interview.date')), '2025-03-14');
    await type(field(en('options.interview.time')), '14:30');
    await type(field(en('options.decisionDate')), '2025-03-28');
    await click($('input[type="radio"][value="phone"]'));
    expect((await stored()).profile).toMatchObject({
      interviewDate: '2025-03-14',
      interviewTime: '14:30',
      decisionDate: '2025-03-28',
      interviewKind: 'phone',
    });
  });

  it('adds, edits and removes interviewers; a new blank row waits to be filled in', async () => {
    await openPage();
    expect($('.interviewers').textContent).toContain(en('options.interviewers.empty'));
    const add = () => $$<HTMLButtonElement>('button').find((b) => b.textContent === en('options.interviewers.add'))!;
    await click(add());
    const rows = () => $$<HTMLInputElement>('[data-testid="interviewer"] input');
    expect(rows()).toHaveLength(1);
    expect((await stored()).profile.interviewers).toEqual([]);
    // A blank row is not lost when the user goes elsewhere before typing.
    await blur(rows()[0]);
    expect(rows()).toHaveLength(1);
    await type(rows()[0], 'Ana Silva');
    await click(add());
    await type(rows()[1], 'Bo Lund');
    expect((await stored()).profile.interviewers).toEqual(['Ana Silva', 'Bo Lund']);
    await click($(`button[aria-label="${en('options.interviewers.removeLabel', { number: 1 })}"]`));
    expect(rows().map((r) => r.value)).toEqual(['Bo Lund']);
    expect((await stored()).profile.interviewers).toEqual(['Bo Lund']);
  });

  it('marks a budget of 0 or a non-number as invalid and does not save it', async () => {
    await openPage();
    const email = field(en('options.budgets.email'));
    await type(email, '0');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain(en('options.budgets.invalid', { max: 5000 }));
    expect((await stored()).budgets.email).toBe(DEFAULT_SETTINGS.budgets.email);
    expect($('[data-testid="save-status"]').textContent).toBe(en('options.status.invalid'));

    await type(email, '12a');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    await blur(email);
    expect(email.value).toBe('12a'); // still shown, still marked: leaving the field does not hide the problem
    expect((await stored()).budgets.email).toBe(DEFAULT_SETTINGS.budgets.email);

    await type(email, '180');
    expect(email.getAttribute('aria-invalid')).toBe('false');
    expect((await stored()).budgets.email).toBe(180);
  });

  it('allows at most 300 characters for a connection note', async () => {
    await openPage();
    const note = field(en('options.budgets.connection-note'));
    await type(note, '301');
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain(en('options.budgets.invalid', { max: 300 }));
    expect((await stored()).budgets['connection-note']).toBe(300);
    await type(note, '200');
    expect((await stored()).budgets['connection-note']).toBe(200);
  });

  it('turns checks and sites on and off and changes severity', async () => {
    await openPage();
    const row = $('[data-rule="missing-closing"]');
    await click(row.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    await choose(row.querySelector('select')!, 'error');
    await click($<HTMLInputElement>('[data-site="facebook"] input'));
    const settings = await stored();
    expect(settings.rules['missing-closing']).toEqual({ enabled: false, severity: 'error' });
    expect(settings.rules['missing-thanks']).toEqual(DEFAULT_SETTINGS.rules['missing-thanks']);
    expect(settings.sites).toEqual({ gmail: true, linkedin: true, facebook: false });
  });

  it('switches its own language at once and stores both language choices', async () => {
    await openPage();
    await choose(field<HTMLSelectElement>(en('options.language.advice')), 'da');
    await choose(field<HTMLSelectElement>(en('options.language.ui')), 'sv');
    expect($('h1').textContent).toBe(translate('sv', 'options.title'));
    expect($('[data-rule="missing-thanks"]').textContent).toContain(MESSAGES.sv.rules['missing-thanks'].name);
    expect($('[data-rule="missing-thanks"]').textContent).toContain(ruleSummary('sv', 'missing-thanks'));
    expect(document.documentElement.lang).toBe('sv');
    const settings = await stored();
    expect([settings.uiLang, settings.adviceLang]).toEqual(['sv', 'da']);
    // The language names are each in their own language.
    const names = [...field<HTMLSelectElement>(translate('sv', 'options.language.ui')).options].map((o) => o.textContent);
    expect(names).toEqual([translate('sv', 'options.language.ui.auto'), 'English', 'Deutsch', 'Dansk', 'Norsk bokmål', 'Svenska']);
  });

  it('follows changes made in another tab without a reload', async () => {
    await openPage();
    await act(async () => {
      await settingsItem.setValue({ ...structuredClone(DEFAULT_SETTINGS), uiLang: 'de', profile: { ...DEFAULT_SETTINGS.profile, company: 'Muse GmbH' } });
    });
    await settle();
    expect($('h1').textContent).toBe(translate('de', 'options.title'));
    expect(field(translate('de', 'options.profile.company')).value).toBe('Muse GmbH');
  });

  it('resets to defaults only after confirmation', async () => {
    await openPage({
      profile: { ...DEFAULT_SETTINGS.profile, name: 'Kim Berg', interviewers: ['Ana Silva'] },
      rules: { ...DEFAULT_SETTINGS.rules, overselling: { enabled: false, severity: 'error' } },
    });
    const email = field(en('options.budgets.email'));
    await type(email, '0'); // a rejected entry is cleared by the reset as well

    await click($('[data-testid="reset"]'));
    expect($('[data-testid="reset-confirm"]').textContent).toContain(en('options.reset.question'));
    expect(document.activeElement).toBe($('[data-testid="reset-confirm-no"]'));
    await click($('[data-testid="reset-confirm-no"]'));
    expect(container.querySelector('[data-testid="reset-confirm"]')).toBeNull();
    expect((await stored()).profile.name).toBe('Kim Berg');

    await click($('[data-testid="reset"]'));
    await click($('[data-testid="reset-confirm-yes"]'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(field(en('options.profile.name')).value).toBe('');
    expect(field(en('options.budgets.email')).value).toBe(String(DEFAULT_SETTINGS.budgets.email));
    expect(field(en('options.budgets.email')).getAttribute('aria-invalid')).toBe('false');
    expect($$('[data-testid="interviewer"]')).toHaveLength(0);
    expect($('[data-rule="overselling"] input[type="checkbox"]')).toHaveProperty('checked', true);
    expect($('[data-testid="save-status"]').textContent).toBe(en('options.status.reset'));
  });
});
