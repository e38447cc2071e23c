// @vitest-environment happy-dom
/** "About the advice": the five articles, named as the advice names them, in every interface language. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/about/App';
import { LANGS } from '@/lib/checker/types';
import { ABOUT_STRINGS } from '@/lib/i18n/about';
import { translate, type UiKey } from '@/lib/i18n/index';
import { SOURCE_IDS } from '@/lib/sources';
import { all, openPage, type Page } from './panel-harness';

let page: Page | undefined;
afterEach(async () => {
  await page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

describe('About the advice', () => {
  it.each(LANGS.map((l) => [l]))('%s: describes each of the five articles under the name the advice cites it by', async (lang) => {
    page = await openPage(App, { settings: (s) => void (s.uiLang = lang) });
    const sections = all(page.container, '[data-testid="source"]');
    expect(sections.map((s) => s.dataset.source)).toEqual([...SOURCE_IDS]);
    for (const section of sections) {
      const id = section.dataset.source!;
      expect(section.querySelector('h2')?.textContent).toBe(translate(lang, `common.source.${id}` as UiKey));
      expect(section.textContent!.length).toBeGreaterThan(100);
      expect(section.textContent).not.toContain('{');
    }
    expect(page.container.querySelector('h1')?.textContent).toBe(ABOUT_STRINGS[lang]['about.title']);
  });

  it.each(LANGS.filter((l) => l !== 'en').map((l) => [l]))('%s has every word of the page English has', (lang) => {
    expect(Object.keys(ABOUT_STRINGS[lang]).sort()).toEqual(Object.keys(ABOUT_STRINGS.en).sort());
    for (const text of Object.values(ABOUT_STRINGS[lang])) expect(text.trim()).not.toBe('');
  });
});
