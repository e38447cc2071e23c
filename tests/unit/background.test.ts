/**
 * The background's message handlers, run for real against fakeBrowser: each message is answered
 * only from the sender it is meant for, the content script gets only the settings it uses, and
 * reports travel in their wire form.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { MESSAGES } from '@/lib/checker/messages/index';
import { removeAllListeners, type ActiveDraft, type CheckRequest } from '@/lib/messaging';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/settings';
import { SITE_MATCHES } from '@/lib/sites';
import type { WireReport } from '@/lib/wire';

const ID = fakeBrowser.runtime.id;
const PANEL = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const POPUP = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const CONTENT_SCRIPT = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 12 } };
const NOT_CONTENT_SCRIPTS = {
  'the side panel': PANEL,
  'the popup': POPUP,
  'an extension page in a tab': { id: ID, url: `chrome-extension://${ID}/options.html`, tab: { id: 4 } },
  'another extension’s content script': { id: 'other-extension', url: 'https://mail.google.com/', tab: { id: 12 } },
  'a sender without a tab': { id: ID, url: 'https://mail.google.com/' },
};
/** The side panel opened as a page in a tab, as the browser tests do. */
const PANEL_IN_TAB = { id: ID, url: `chrome-extension://${ID}/sidepanel.html`, tab: { id: 4 } };
const NOT_PANELS = {
  'the content script': CONTENT_SCRIPT,
  'another extension’s content script': { id: 'other-extension', url: 'https://mail.google.com/', tab: { id: 12 } },
  'another extension’s page': { id: 'other-extension', url: 'chrome-extension://other-extension/sidepanel.html' },
  'a sender without a URL': { id: ID },
};

const PROFILE = (s: Settings) => {
  s.profile.name = 'Kim Private';
  s.profile.company = 'Nordlys';
  s.profile.interviewers = ['Ingrid Berg'];
  s.profile.interviewDate = '2025-03-10';
  s.uiLang = 'nb';
  s.sites.facebook = false;
};

/** Delivers a message to the background as the browser would, from `sender`; resolves with its answer. */
async function ask(type: string, data: unknown, sender: object): Promise<unknown> {
  const answer = new Promise<{ res?: unknown; err?: unknown }>((resolve) => {
    void fakeBrowser.runtime.onMessage
      .trigger({ id: 1, type, data, timestamp: Date.now() }, sender, resolve)
      // No listener kept the channel open: the message went unanswered.
      .then((kept) => (kept as unknown[]).includes(true) || resolve({ res: undefined }));
  });
  const { res, err } = await answer;
  if (err) throw new Error(JSON.stringify(err));
  return res;
}

let tabMessages: { tabId: number; type: string; data: unknown }[];
/** The background's listeners for the manifest's commands (fakeBrowser has no commands API). */
let commandListeners: ((command: string, tab?: { id?: number }) => void)[];

beforeEach(async () => {
  fakeBrowser.reset();
  const settings = structuredClone(DEFAULT_SETTINGS);
  PROFILE(settings);
  await settingsItem.setValue(settings);
  tabMessages = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((tabId: number, message: { type: string; data: unknown }, ...rest: unknown[]) => {
    tabMessages.push({ tabId, type: message.type, data: message.data });
    const callback = rest.find((r) => typeof r === 'function') as ((r: unknown) => void) | undefined;
    callback?.({ res: undefined });
    return Promise.resolve({ res: undefined });
  }) as never);
  commandListeners = [];
  (fakeBrowser as unknown as { commands: unknown }).commands = { onCommand: { addListener: (fn: (typeof commandListeners)[number]) => commandListeners.push(fn) } };
  background.main();
});

afterEach(() => {
  removeAllListeners();
  vi.restoreAllMocks();
});

const request = (text: string, force = false): CheckRequest => ({ editorId: 'e1', seq: 1, force, typed: true, draft: { text, platform: 'gmail', surface: 'email' } });
const FOLLOW_UP = 'Hey Anna, thanks for the interview yesterday lol. Gonna send my portfolio.';

describe('contentSettings', () => {
  it('gives the content script which sites are on and the interface language, nothing else', async () => {
    const answer = await ask('contentSettings', undefined, CONTENT_SCRIPT);
    expect(answer).toStrictEqual({ sites: { gmail: true, linkedin: true, facebook: false }, uiLang: 'nb' });
    expect(JSON.stringify(answer)).not.toMatch(/Kim|Nordlys|Ingrid|2025/);
  });

  it.each(Object.entries(NOT_CONTENT_SCRIPTS))('answers nothing to %s', async (_name, sender) => {
    expect(await ask('contentSettings', undefined, sender)).toBeNull();
  });

  it('pushes the same few settings to the site tabs when settings change', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (query: { url?: string[] }) =>
      query.url === SITE_MATCHES ? [{ id: 31 }, { id: 32 }] : []) as never);
    const next = structuredClone(DEFAULT_SETTINGS);
    PROFILE(next);
    next.sites.gmail = false;
    await settingsItem.setValue(next);
    await vi.waitFor(() => expect(tabMessages.filter((m) => m.type === 'recheck').map((m) => m.tabId).sort()).toEqual([31, 32]));
    for (const m of tabMessages) expect(m.data).toStrictEqual({ sites: { gmail: false, linkedin: true, facebook: false }, uiLang: 'nb' });
  });
});

describe('content-script messages', () => {
  it.each(Object.entries(NOT_CONTENT_SCRIPTS))('checkDraft: answers nothing to %s, and keeps no draft', async (_name, sender) => {
    expect(await ask('checkDraft', request(FOLLOW_UP), sender)).toBeNull();
    expect(await ask('getActiveDraft', undefined, PANEL)).toBeNull();
  });

  it('checkDraft: answers the content script with the wire report, each advice once', async () => {
    const report = (await ask('checkDraft', request(FOLLOW_UP), CONTENT_SCRIPT)) as WireReport;
    expect(report.applicable).toBe(true);
    const informal = report.findings.filter((f) => f.rule === 'informal-tone');
    expect(informal.length).toBeGreaterThanOrEqual(2);
    expect(informal.every((f) => !('advice' in f))).toBe(true);
    expect(report.advice['informal-tone']).toBe(MESSAGES.en.rules['informal-tone'].advice);
  });

  it('checkDraft: 100 KB of "lol " travels in under 200 KB to the content script and to the panel', async () => {
    const report = await ask('checkDraft', request('lol '.repeat(25_000), true), CONTENT_SCRIPT);
    expect(JSON.stringify(report).length).toBeLessThan(200_000);
    const active = await ask('getActiveDraft', undefined, PANEL);
    expect(JSON.stringify(active).length).toBeLessThan(200_000);
    expect((active as ActiveDraft).report.capped?.total).toBeGreaterThan(40_000);
  });
});

describe('panel messages', () => {
  beforeEach(async () => {
    await ask('checkDraft', request(FOLLOW_UP), CONTENT_SCRIPT);
  });

  it('getActiveDraft: gives the side panel and the popup the draft being edited', async () => {
    for (const sender of [PANEL, POPUP, PANEL_IN_TAB]) expect((await ask('getActiveDraft', undefined, sender)) as ActiveDraft).toMatchObject({ tabId: 12, editorId: 'e1' });
  });

  it.each(Object.entries(NOT_PANELS))('getActiveDraft: answers nothing to %s', async (_name, sender) => {
    expect(await ask('getActiveDraft', undefined, sender)).toBeNull();
  });

  it('revealFinding: goes to the tab for the side panel only', async () => {
    const reveal = { tabId: 12, editorId: 'e1', start: 0, end: 3 };
    for (const sender of Object.values(NOT_PANELS)) await ask('revealFinding', { ...reveal, tabId: 99 }, sender);
    expect(tabMessages.filter((m) => m.type === 'reveal')).toEqual([]);
    await ask('revealFinding', reveal, PANEL);
    expect(tabMessages.filter((m) => m.type === 'reveal')).toEqual([{ tabId: 12, type: 'reveal', data: { editorId: 'e1', start: 0, end: 3 } }]);
  });

  it('checkActiveDraft: forces a check for the side panel only', async () => {
    for (const sender of Object.values(NOT_PANELS)) await ask('checkActiveDraft', undefined, sender);
    expect(tabMessages.filter((m) => m.type === 'forceCheck')).toEqual([]);
    await ask('checkActiveDraft', undefined, PANEL);
    expect(tabMessages.filter((m) => m.type === 'forceCheck')).toEqual([{ tabId: 12, type: 'forceCheck', data: { editorId: 'e1' } }]);
  });
});

describe('the keyboard shortcut', () => {
  it('asks the tab it was pressed in to open the card of its focused box', async () => {
    await ask('checkDraft', request(FOLLOW_UP), CONTENT_SCRIPT);
    await ask('draftFocused', { editorId: 'e1' }, CONTENT_SCRIPT);
    for (const listen of commandListeners) listen('open-card', { id: 12 });
    await vi.waitFor(() => expect(tabMessages.filter((m) => m.type === 'openCard')).toEqual([{ tabId: 12, type: 'openCard', data: { editorId: 'e1' } }]));
  });

  it('does nothing for another command', async () => {
    for (const listen of commandListeners) listen('something-else', { id: 12 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tabMessages.filter((m) => m.type === 'openCard')).toEqual([]);
  });
});

describe('the count on the toolbar icon', () => {
  it('shows the focused draft’s findings on its tab, in the worst one’s colour, and clears when the box closes', async () => {
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation((async () => {}) as never);
    const colour = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockImplementation((async () => {}) as never);
    const report = (await ask('checkDraft', request(FOLLOW_UP), CONTENT_SCRIPT)) as WireReport;
    const full = (await ask('getActiveDraft', undefined, PANEL)) as ActiveDraft;
    expect(report.findings.length).toBeGreaterThan(0);
    expect(text).toHaveBeenLastCalledWith({ tabId: 12, text: String(full.report.findings.length) });
    expect(colour).toHaveBeenCalledWith({ tabId: 12, color: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    await ask('draftClosed', { editorId: 'e1' }, CONTENT_SCRIPT);
    expect(text).toHaveBeenLastCalledWith({ tabId: 12, text: '' });
  });

  it('shows nothing for a draft that is not a follow-up', async () => {
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation((async () => {}) as never);
    await ask('checkDraft', request('Hi Jonas, thanks for the lovely barbecue on Saturday! See you at the match next week.'), CONTENT_SCRIPT);
    expect(text).toHaveBeenLastCalledWith({ tabId: 12, text: '' });
  });
});

describe('checking less from the card', () => {
  it('turns a rule off when the content script asks, and a site off for the sender’s site', async () => {
    await ask('turnRuleOff', { rule: 'informal-tone' }, CONTENT_SCRIPT);
    await vi.waitFor(async () => expect((await settingsItem.getValue()).rules['informal-tone'].enabled).toBe(false));
    await ask('pauseSite', undefined, { ...CONTENT_SCRIPT, url: 'https://www.linkedin.com/messaging/' });
    await vi.waitFor(async () => expect((await settingsItem.getValue()).sites.linkedin).toBe(false));
    const after = await settingsItem.getValue();
    // Nothing else changed: the profile and the other sites are as they were.
    expect(after.profile.name).toBe('Kim Private');
    expect(after.sites.gmail).toBe(true);
  });

  it.each(Object.entries(NOT_CONTENT_SCRIPTS))('changes nothing when %s asks', async (_name, sender) => {
    await ask('turnRuleOff', { rule: 'informal-tone' }, sender);
    await ask('pauseSite', undefined, sender);
    const after = await settingsItem.getValue();
    expect(after.rules['informal-tone'].enabled).toBe(true);
    expect(after.sites.gmail).toBe(true);
  });

  it('refuses a rule that does not exist', async () => {
    await ask('turnRuleOff', { rule: 'profile' }, CONTENT_SCRIPT);
    expect(JSON.stringify(await settingsItem.getValue())).not.toContain('"profile":{"enabled"');
  });
});
