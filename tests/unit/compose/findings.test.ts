/** Which findings are drawn in the text and which only in the badge's card, and the card's order. */
import { describe, expect, it } from 'vitest';
import { cardOrder, isWholeDraft, LONGEST_WORDS_SPAN } from '@/lib/compose/findings';
import { RULE_IDS } from '@/lib/checker/types';

describe('whole-draft findings', () => {
  it('are the rules about what the draft lacks or where it is written, whatever their span', () => {
    for (const rule of ['missing-interest', 'missing-closing', 'missing-thanks', 'missing-interview-reference', 'connection-request', 'too-long', 'late-follow-up'] as const) {
      expect(isWholeDraft({ rule, start: 0, end: 3 }), rule).toBe(true);
    }
  });

  it('include a public post or a missing greeting spanning the first line, not an audience word or "Dear Sir"', () => {
    expect(isWholeDraft({ rule: 'public-post', start: 0, end: 80 })).toBe(true);
    expect(isWholeDraft({ rule: 'public-post', start: 10, end: 18 })).toBe(false);
    expect(isWholeDraft({ rule: 'generic-greeting', start: 0, end: LONGEST_WORDS_SPAN + 1 })).toBe(true);
    expect(isWholeDraft({ rule: 'generic-greeting', start: 0, end: 9 })).toBe(false);
  });

  it('never include words the writer can change: tone, bragging, confusables, repetition stay underlined', () => {
    for (const rule of ['informal-tone', 'pushy-tone', 'humble-brag', 'overselling', 'confusable-words', 'repetition'] as const) {
      expect(RULE_IDS).toContain(rule);
      expect(isWholeDraft({ rule, start: 0, end: 200 }), rule).toBe(false);
    }
  });
});

describe('the card’s order', () => {
  it('is errors, warnings, hints, each in text order', () => {
    const f = (severity: 'error' | 'warning' | 'info', start: number) => ({ severity, start, end: start + 1 });
    expect(cardOrder([f('info', 0), f('warning', 9), f('error', 5), f('warning', 2), f('error', 1)])).toEqual([
      f('error', 1),
      f('error', 5),
      f('warning', 2),
      f('warning', 9),
      f('info', 0),
    ]);
  });
});
