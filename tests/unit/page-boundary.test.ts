/**
 * What the background lets the untrusted page influence and learn: profile names count only in a
 * box the user typed in, and findings derived from the profile never go back to the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '@/lib/checker/check';
import type { Draft } from '@/lib/checker/types';
import { checkSettingsFor, PROFILE_DERIVED_RULES, reportForPage } from '@/lib/page-boundary';
import { DEFAULT_SETTINGS, interviewDateTime, type Settings } from '@/lib/settings';

const settings: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  profile: { ...DEFAULT_SETTINGS.profile, company: 'Northwind Traders', interviewers: ['Ingrid Berg', 'Ole Hansen'], interviewDate: '2026-03-02', interviewTime: '09:00' },
};

/** A note that is a follow-up only if the names in it are known: no job words at all. */
const NAMES_ONLY: Draft = { text: 'Dear Ingrid Berg,\nit was good to meet you and Ole Hansen on Monday.\nBest regards,\nKari', platform: 'gmail', surface: 'email' };

/** A follow-up by its own words, sent 80 hours after the stored interview. */
const LATE: Draft = {
  text: 'Hey Ingrid, thanks for the interview about the analyst role. Gonna send my portfolio!!',
  platform: 'gmail',
  surface: 'email',
  interviewDate: interviewDateTime(settings),
  now: new Date(Date.parse(interviewDateTime(settings)!) + 80 * 3_600_000).toISOString(),
};

describe('checkSettingsFor', () => {
  it('passes the profile to the checker for a box the user typed in', () => {
    const s = checkSettingsFor(settings, { force: false, typed: true });
    expect(s.profile).toEqual({ name: '', company: 'Northwind Traders', role: '', interviewers: ['Ingrid Berg', 'Ole Hansen'] });
    expect(check(NAMES_ONLY, s).applicable).toBe(true);
  });

  it('withholds the profile for text no user typed, so names in it prove nothing', () => {
    const s = checkSettingsFor(settings, { force: false, typed: false });
    expect(s).not.toHaveProperty('profile');
    expect(check(NAMES_ONLY, s).applicable).toBe(false);
    // Everything else the checker needs is still there.
    expect(s.rules).toEqual(settings.rules);
    expect(s.budgets).toEqual(settings.budgets);
  });

  it('keeps force as asked', () => {
    expect(checkSettingsFor(settings, { force: true, typed: false }).force).toBe(true);
    expect(checkSettingsFor(settings, { force: false, typed: true }).force).toBe(false);
  });
});

describe('reportForPage', () => {
  it('drops the late-follow-up finding (the hours since the stored interview) and keeps the rest', () => {
    const full = check(LATE, checkSettingsFor(settings, { force: false, typed: true }));
    const late = full.findings.find((f) => f.rule === 'late-follow-up');
    expect(late?.message).toContain('80');
    const page = reportForPage(full);
    expect(page.findings.map((f) => f.rule)).not.toContain('late-follow-up');
    expect(JSON.stringify(page)).not.toContain('80');
    expect(page.findings).toEqual(full.findings.filter((f) => f.rule !== 'late-follow-up'));
    expect(page.findings.length).toBeGreaterThan(0);
    const { followUp: _, ...fullWithoutWhy } = full;
    expect({ ...page, findings: [] }).toEqual({ ...fullWithoutWhy, findings: [] });
    // The side panel's copy is left whole.
    expect(full.findings).toContain(late);
  });

  it('leaves out why the draft was judged a follow-up: a name from the settings can be the reason', () => {
    const full = check(NAMES_ONLY, checkSettingsFor(settings, { force: false, typed: true }));
    expect(full.followUp?.score).toBe(1);
    expect(reportForPage(full)).not.toHaveProperty('followUp');
  });

  it('leaves out every finding the profile changes: without the profile the rest is the same', () => {
    const flawed = readFileSync(join(import.meta.dirname, '../../examples/flawed-en.txt'), 'utf8');
    const drafts: Draft[] = [LATE, NAMES_ONLY, { ...LATE, text: flawed }, { ...NAMES_ONLY, text: 'Hi Ole Hansen, Northwind Traders rocks!! thx' }];
    for (const draft of drafts) {
      const withProfile = check(draft, { ...checkSettingsFor(settings, { force: true, typed: true }) });
      const without = check({ ...draft, interviewDate: undefined }, checkSettingsFor(settings, { force: true, typed: false }));
      expect(reportForPage(withProfile).findings).toEqual(without.findings.filter((f) => !PROFILE_DERIVED_RULES.has(f.rule)));
    }
  });
});
