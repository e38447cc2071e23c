/** The advice's numbered sources, "(Sources: 002, 003)", read and named in every language. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/lib/checker/types';
import { MESSAGES } from '@/lib/checker/messages/index';
import { translate, type UiKey } from '@/lib/i18n/index';
import { SOURCE_IDS, sourcesLine, splitAdviceSources } from '@/lib/sources';

describe('advice sources', () => {
  it.each(LANGS.map((l) => [l]))('%s: every rule’s advice loses its numbers and keeps its sources', (lang) => {
    for (const [id, rule] of Object.entries(MESSAGES[lang].rules)) {
      const { text, sources } = splitAdviceSources(rule.advice);
      expect(sources.length, `${lang} ${id}`).toBeGreaterThan(0);
      expect(text, `${lang} ${id}`).not.toMatch(/\d{3}\)?\s*$/u);
      expect(rule.advice.startsWith(text), `${lang} ${id}`).toBe(true);
    }
  });

  it.each(LANGS.map((l) => [l]))('%s: names each source in words, not numbers', (lang) => {
    const line = sourcesLine(lang, [...SOURCE_IDS]);
    for (const id of SOURCE_IDS) expect(line).toContain(translate(lang, `common.source.${id}` as UiKey));
    expect(line).not.toMatch(/\d{3}/u);
  });

  it('leaves advice without numbered sources as it is', () => {
    expect(splitAdviceSources('Say thank you (in the first line).')).toEqual({ text: 'Say thank you (in the first line).', sources: [] });
    expect(sourcesLine('en', [])).toBe('');
  });
});
