/** The background's in-memory registry of drafts being edited. */
import { describe, expect, it } from 'vitest';
import { DraftRegistry } from '@/lib/drafts';
import type { ActiveDraft } from '@/lib/messaging';

const draft = (tabId: number, editorId: string): ActiveDraft => ({
  tabId,
  editorId,
  platform: 'gmail',
  surface: 'email',
  excerpts: [],
  report: { language: 'en', applicable: true, findings: [], stats: { words: 3, sentences: 1 }, advice: {} },
  forced: false,
  budget: 250,
  characters: 12,
  adviceLang: 'en',
});

describe('DraftRegistry', () => {
  it('shows the focused box of a tab, else its last checked one', () => {
    const r = new DraftRegistry();
    r.set(draft(1, 'a'));
    r.set(draft(1, 'b'));
    expect(r.forTab(1)?.editorId).toBe('b');
    r.focus(1, 'a');
    expect(r.forTab(1)?.editorId).toBe('a');
  });

  it('falls back to the tab used last when the active tab has no draft', () => {
    const r = new DraftRegistry();
    r.set(draft(1, 'a'));
    r.set(draft(2, 'x'));
    expect(r.current(99)?.tabId).toBe(2);
    expect(r.current(1)?.tabId).toBe(1);
    expect(r.current(undefined)?.tabId).toBe(2);
  });

  it('forgets closed boxes and closed tabs', () => {
    const r = new DraftRegistry();
    r.set(draft(1, 'a'));
    r.close(1, 'a');
    expect(r.forTab(1)).toBeNull();
    r.set(draft(2, 'x'));
    r.closeTab(2);
    expect(r.current(2)).toBeNull();
    expect(r.tabs()).toEqual([1]);
  });
});
