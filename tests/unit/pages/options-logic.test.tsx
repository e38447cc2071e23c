/** The options page's pure parts: reading a typed budget, and a rule's one-line description. */
import { describe, expect, it } from 'vitest';
import { BUDGET_SURFACES, budgetMax, budgetUnit, parseBudget } from '@/entrypoints/options/budgets';
import { firstSentence, ruleSummary } from '@/entrypoints/options/ruleSummary';
import { MESSAGES } from '@/lib/checker/messages/index';
import { DEFAULT_BUDGETS, LANGS, RULE_IDS } from '@/lib/checker/types';
import { parseSettings } from '@/lib/settings';

describe('parseBudget', () => {
  it.each([
    ['250', 5000, 250],
    [' 42 ', 5000, 42],
    ['1', 300, 1],
    ['300', 300, 300],
    ['5000', 5000, 5000],
  ])('reads %j (max %d) as %d', (input, max, want) => {
    expect(parseBudget(input, max)).toBe(want);
  });

  it.each([['0'], [''], ['  '], ['-5'], ['1.5'], ['12a'], ['abc'], ['1e3'], ['301'], ['١٢']])('rejects %j', (input) => {
    expect(parseBudget(input, 300)).toBeNull();
  });
});

describe('budget limits', () => {
  it('counts words everywhere but in a connection note', () => {
    expect(BUDGET_SURFACES.map(budgetUnit)).toEqual(['words', 'words', 'words', 'words', 'characters']);
    expect([...BUDGET_SURFACES].sort()).toEqual(Object.keys(DEFAULT_BUDGETS).sort());
  });

  it.each(BUDGET_SURFACES.map((s) => [s]))('%s: the largest value the page accepts is the largest the settings keep', (surface) => {
    const keep = (value: number) => parseSettings({ budgets: { ...DEFAULT_BUDGETS, [surface]: value } }).budgets[surface];
    expect(keep(budgetMax(surface))).toBe(budgetMax(surface));
    expect(keep(budgetMax(surface) + 1)).toBe(DEFAULT_BUDGETS[surface]);
  });
});

describe('rule descriptions', () => {
  it('keeps abbreviations and initials inside the sentence and stops at a number that ends one', () => {
    expect(firstSentence('Name a point, e.g. the team. Then stop.', 'en')).toBe('Name a point, e.g. the team.');
    expect(firstSentence('Nennen Sie z. B. das Team. Dann nichts mehr.', 'de')).toBe('Nennen Sie z. B. das Team.');
    expect(firstSentence('Send it within 24 hours and no later than 48. If that has passed, send it anyway.', 'en')).toBe(
      'Send it within 24 hours and no later than 48.',
    );
    expect(firstSentence('One sentence only', 'sv')).toBe('One sentence only');
  });

  it.each(LANGS.map((l) => [l]))('%s: every rule has a one-sentence description taken from the start of its advice', (lang) => {
    for (const id of RULE_IDS) {
      const advice = MESSAGES[lang].rules[id].advice;
      const summary = ruleSummary(lang, id);
      expect(advice.startsWith(summary), `${lang} ${id}`).toBe(true);
      expect(summary.length, `${lang} ${id}`).toBeLessThan(advice.length);
      expect(summary, `${lang} ${id}`).toMatch(/[.!?…:»”“"]$/u);
      expect(summary, `${lang} ${id}`).not.toMatch(/\(Sources?:|\(Quellen?:|\(Kilder?:|\(Källor?:/u);
    }
  });
});
