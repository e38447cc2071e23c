/** Every word of the interface exists in all five languages, with the same placeholders. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/lib/checker/types';
import { resolveUiLang, translate, UI_STRINGS } from '@/lib/i18n/index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it.each(LANGS.filter((l) => l !== 'en').map((l) => [l]))('%s has every key English has, no more, with the same placeholders', (lang) => {
    expect(Object.keys(UI_STRINGS[lang]).sort()).toEqual(Object.keys(UI_STRINGS.en).sort());
    for (const [key, text] of Object.entries(UI_STRINGS.en)) {
      const other = UI_STRINGS[lang][key as keyof typeof UI_STRINGS.en];
      expect(other.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(other), `${lang} ${key}`).toEqual(placeholders(text));
    }
  });

  it('has the same area files in every language', () => {
    const dir = join(__dirname, '../../lib/i18n');
    const areas = (lang: string) => readdirSync(join(dir, lang)).sort();
    for (const lang of LANGS) expect(areas(lang), lang).toEqual(areas('en'));
  });

  it('fills placeholders', () => {
    expect(translate('en', 'card.limit', { checked: 10, total: 20 })).toBe('Only the first 10 of 20 characters were checked.');
  });

  it('uses the singular where the language has one ("1 Hinweis", "1 sak"), chosen by Intl.PluralRules', () => {
    expect(translate('de', 'badge.label', { count: 1 })).toBe('Follow-up Lint: 1 Hinweis');
    expect(translate('de', 'badge.label', { count: 3 })).toBe('Follow-up Lint: 3 Hinweise');
    expect(translate('sv', 'badge.label', { count: 1 })).toBe('Follow-up Lint: 1 sak att titta på');
    expect(translate('sv', 'badge.label', { count: 2 })).toBe('Follow-up Lint: 2 saker att titta på');
    expect(translate('en', 'badge.label', { count: 0 })).toBe('Follow-up Lint: 0 to look at');
  });

  it.each([
    ['auto', 'de-AT', 'de'],
    ['auto', 'nb-NO', 'nb'],
    ['auto', 'no', 'nb'],
    ['auto', 'nn', 'nb'],
    ['auto', 'sv_SE', 'sv'],
    ['auto', 'fr-FR', 'en'],
    ['da', 'de-DE', 'da'],
  ] as const)('setting %s with browser %s gives %s', (setting, browser, want) => {
    expect(resolveUiLang(setting, browser)).toBe(want);
  });
});
