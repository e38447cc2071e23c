/**
 * The background's memory of the drafts being edited: the last report for each compose box,
 * by tab, and which box was focused last. Memory only — nothing here is ever stored.
 */
import type { ActiveDraft } from './messaging';

export class DraftRegistry {
  private byTab = new Map<number, Map<string, ActiveDraft>>();
  private focusedEditor = new Map<number, string>();
  /** The tab whose compose box was used last. */
  private lastTab: number | undefined;

  set(draft: ActiveDraft): void {
    let tab = this.byTab.get(draft.tabId);
    if (!tab) this.byTab.set(draft.tabId, (tab = new Map()));
    tab.set(draft.editorId, draft);
    this.lastTab = draft.tabId;
  }

  focus(tabId: number, editorId: string): void {
    this.focusedEditor.set(tabId, editorId);
    this.lastTab = tabId;
  }

  /**
   * The draft for the side panel or popup: the active tab's, else the one used last (the
   * panel may sit in another window, or the active tab is an extension page).
   */
  current(activeTabId: number | undefined): ActiveDraft | null {
    return (activeTabId === undefined ? null : this.forTab(activeTabId)) ?? (this.lastTab === undefined ? null : this.forTab(this.lastTab));
  }

  /** The draft to show for a tab: the focused box's, else the last one checked. */
  forTab(tabId: number): ActiveDraft | null {
    const tab = this.byTab.get(tabId);
    if (!tab) return null;
    const focused = this.focusedEditor.get(tabId);
    if (focused && tab.has(focused)) return tab.get(focused)!;
    const all = [...tab.values()];
    return all[all.length - 1] ?? null;
  }

  isFocused(tabId: number, editorId: string): boolean {
    return (this.focusedEditor.get(tabId) ?? editorId) === editorId;
  }

  close(tabId: number, editorId: string): void {
    this.byTab.get(tabId)?.delete(editorId);
    if (this.focusedEditor.get(tabId) === editorId) this.focusedEditor.delete(tabId);
  }

  closeTab(tabId: number): void {
    this.byTab.delete(tabId);
    if (this.lastTab === tabId) this.lastTab = undefined;
    this.focusedEditor.delete(tabId);
  }

  tabs(): number[] {
    return [...this.byTab.keys()];
  }
}
