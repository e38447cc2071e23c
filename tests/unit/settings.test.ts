/** Settings: stored values that are missing, old or corrupted fall back to defaults, field by field. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  MAX_FIELD_LENGTH,
  loadSettings,
  parseChecklist,
  parseSettings,
  saveSettings,
  settingsItem,
  toCheckSettings,
  watchSettings,
  type Settings,
} from '@/lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('parseSettings', () => {
  it.each([undefined, null, 42, 'settings', [], [1, 2]])('gives the defaults for %j', (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values', () => {
    const s: Settings = structuredClone(DEFAULT_SETTINGS);
    s.profile.name = 'Kari Nordmann';
    s.profile.interviewers = ['Ingrid Berg', 'Ole Hansen'];
    s.profile.interviewDate = '2026-03-02';
    s.profile.interviewTime = '09:30';
    s.adviceLang = 'nb';
    s.budgets.email = 180;
    s.rules['informal-tone'] = { enabled: false, severity: 'info' };
    s.sites.facebook = false;
    expect(parseSettings(s)).toEqual(s);
  });

  it('replaces each broken field with its default and keeps the rest', () => {
    const parsed = parseSettings({
      profile: { name: 7, company: 'Nordlys', interviewers: ['Anna', 3, '', null, 'Bo'], interviewDate: 'next Tuesday', interviewKind: 'carrier pigeon' },
      uiLang: 'fr',
      adviceLang: 'sv',
      budgets: { email: -5, message: '150', post: 80, 'connection-note': 9999 },
      rules: { 'informal-tone': { enabled: 'no', severity: 'warning' }, 'made-up-rule': { enabled: false }, 'too-long': 'off' },
      sites: { gmail: false, linkedin: 'yes' },
    });
    expect(parsed.profile).toEqual({ ...DEFAULT_SETTINGS.profile, company: 'Nordlys', interviewers: ['Anna', 'Bo'] });
    expect(parsed.uiLang).toBe('auto');
    expect(parsed.adviceLang).toBe('sv');
    expect(parsed.budgets).toEqual({ ...DEFAULT_SETTINGS.budgets, post: 80 });
    expect(parsed.rules['informal-tone']).toEqual({ enabled: true, severity: 'warning' });
    expect(parsed.rules['too-long']).toEqual(DEFAULT_SETTINGS.rules['too-long']);
    expect(Object.keys(parsed.rules)).not.toContain('made-up-rule');
    expect(parsed.sites).toEqual({ gmail: false, linkedin: true, facebook: true });
  });

  it('cuts huge strings and long interviewer lists', () => {
    const parsed = parseSettings({ profile: { name: 'x'.repeat(1_000_000), interviewers: Array.from({ length: 500 }, (_, i) => `P${i}`) } });
    expect(parsed.profile.name).toHaveLength(MAX_FIELD_LENGTH);
    expect(parsed.profile.interviewers.length).toBeLessThanOrEqual(12);
  });
});

describe('stored settings', () => {
  it('loads defaults when nothing is stored, and what was saved otherwise', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const s = structuredClone(DEFAULT_SETTINGS);
    s.profile.company = 'Fjordvang';
    await saveSettings(s);
    expect(await loadSettings()).toEqual(s);
  });

  it('loads a corrupted stored value without an error', async () => {
    await fakeBrowser.storage.local.set({ settings: { rules: 'all off', budgets: null, profile: ['?'] } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes, parsed', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, adviceLang: 'da' });
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(seen.at(-1)?.adviceLang).toBe('da');
  });

  it('turns settings into checker settings', () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.profile.interviewers = ['Anna'];
    s.rules['missing-interest'].enabled = false;
    const c = toCheckSettings(s, { force: true });
    expect(c.force).toBe(true);
    expect(c.profile?.interviewers).toEqual(['Anna']);
    expect(c.rules?.['missing-interest']?.enabled).toBe(false);
  });
});

describe('parseChecklist', () => {
  it('keeps boolean ticks only', () => {
    expect(parseChecklist({ a: true, b: 'yes', c: false })).toEqual({ a: true, c: false });
    expect(parseChecklist('x')).toEqual({});
  });
});

describe('settings from other versions', () => {
  it('reads settings stored before versioning (no version mark) and keeps what is valid', async () => {
    await fakeBrowser.storage.local.set({ settings: { profile: { name: 'Kari', interviewers: 'Anna, Ole' }, budgets: { email: 180, connectionNote: 250 } } });
    const s = await loadSettings();
    expect(s.profile.name).toBe('Kari');
    expect(s.profile.interviewers).toEqual([]);
    expect(s.budgets.email).toBe(180);
    expect(s.budgets['connection-note']).toBe(300);
  });

  it('reads settings written by a newer version without losing the fields it knows', async () => {
    await fakeBrowser.storage.local.set({ settings: { adviceLang: 'de', futureField: { x: 1 } }, settings$: { v: 99 } });
    const s = await loadSettings();
    expect(s.adviceLang).toBe('de');
    expect(s).not.toHaveProperty('futureField');
  });
});
