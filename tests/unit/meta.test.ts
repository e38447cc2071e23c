/**
 * The rule catalogue is complete and wired in: every rule file is registered under its own
 * name, has data, messages, advice and test tables in every language it declares, a doc and
 * a row in the README. Like ESLint's build, this refuses a rule without docs or tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples } from 'virtual:followup-lint/examples';
import { DATA, listOptions, listsOf, phraseList } from '@/lib/checker/data/index';
import { compilePhraseList } from '@/lib/checker/phrases';
import { MESSAGES } from '@/lib/checker/messages/index';
import { RULES } from '@/lib/checker/rules/index';
import { DEFAULT_SEVERITY, LANGS, RULE_IDS } from '@/lib/checker/types';
import { CASES } from './cases/index';

const root = join(__dirname, '..', '..');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule registry', () => {
  it('registers every folder in lib/checker/rules, under its folder name, in catalogue order', () => {
    const files = readdirSync(join(root, 'lib/checker/rules'), { withFileTypes: true })
      .filter((f) => f.isDirectory())
      .map((f) => f.name)
      .sort();
    for (const id of files) expect(existsSync(join(root, 'lib/checker/rules', id, 'rule.ts')), `${id}/rule.ts`).toBe(true);
    expect(RULES.map((r) => r.id).sort()).toEqual(files);
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('gives every rule the default severity of the catalogue', () => {
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.meta.severity]))).toEqual(DEFAULT_SEVERITY);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has a doc citing its sources and a row in the README', () => {
    const doc = join(root, 'docs/rules', `${id}.md`);
    expect(existsSync(doc), `docs/rules/${id}.md`).toBe(true);
    const text = readFileSync(doc, 'utf8');
    for (const source of rule.meta.sources) expect(text).toMatch(new RegExp(`\\b${source}_`));
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`| [\`${id}\`]`);
  });

  it.each(rule.meta.languages.map((l) => [l]))('has data, tests and messages in %s', (lang) => {
    for (const list of rule.meta.lists) {
      expect(DATA[lang][id]?.lists[list], `rules/${id}/${lang}.yaml#${list}`).toBeDefined();
    }
    expect(existsSync(join(root, 'lib/checker/rules', id, `${lang}.cases.ts`)), `rules/${id}/${lang}.cases.ts`).toBe(true);
    const table = CASES[lang].rules[id];
    expect(table?.valid.length ?? 0, `valid cases in ${lang}`).toBeGreaterThan(0);
    expect(table?.invalid.length ?? 0, `invalid cases in ${lang}`).toBeGreaterThan(0);
  });

  it('has a YAML file in every language (its words for the reader; lists where it works), and no other', () => {
    const files = readdirSync(join(root, 'lib/checker/rules', id)).filter((f) => f.endsWith('.yaml')).sort();
    expect(files).toEqual(LANGS.map((l) => `${l}.yaml`).sort());
  });

  it.each(LANGS.map((l) => [l]))('has a name, advice and every message in %s, with the same placeholders', (lang) => {
    const m = MESSAGES[lang].rules[id];
    expect(m?.name).toBeTruthy();
    expect(m?.advice).toBeTruthy();
    for (const messageId of rule.meta.messageIds) {
      expect(m.messages[messageId], `${lang} ${messageId}`).toBeTruthy();
      expect(placeholders(m.messages[messageId])).toEqual(placeholders(MESSAGES.en.rules[id].messages[messageId]));
    }
    expect(Boolean(m.suggestion)).toBe(Boolean(MESSAGES.en.rules[id].suggestion));
  });
});

describe('phrase data', () => {
  it.each(LANGS.filter((l) => l !== 'en').map((l) => [l]))('%s has the same lists as English', (lang) => {
    for (const [file, data] of Object.entries(DATA.en)) {
      if (file === 'confusable-words') continue;
      expect(Object.keys(DATA[lang][file]?.lists ?? {}).sort(), `${file}/${lang}.yaml`).toEqual(Object.keys(data.lists).sort());
    }
  });

  it('runs every list\'s examples: each match matches, each ignore does not', () => {
    expect(examples.length).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const ex of examples) {
      const list = phraseList(ex.lang as (typeof LANGS)[number], ex.owner, ex.list);
      for (const text of ex.match) if (!list.test(text)) wrong.push(`${ex.file}#${ex.list}: should match ${JSON.stringify(text)}`);
      for (const text of ex.ignore) if (list.test(text)) wrong.push(`${ex.file}#${ex.list}: should not match ${JSON.stringify(text)}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(LANGS.map((l) => [l]))('every entry in %s compiles as a regular expression', (lang) => {
    for (const file of Object.keys(DATA[lang])) {
      for (const [name, list] of listsOf(lang, file)) {
        expect(() => compilePhraseList(list, listOptions(lang, file, name)).find('x'), `${file}/${lang}.yaml#${name}`).not.toThrow();
      }
    }
  });

  it.each(LANGS.map((l) => [l]))('%s has every surface name', (lang) => {
    expect(Object.keys(MESSAGES[lang].surfaces).sort()).toEqual(Object.keys(MESSAGES.en.surfaces).sort());
  });
});
