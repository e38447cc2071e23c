/**
 * State shared by the extension pages (side panel, popup, options): the settings, the
 * follow-up checklist ticks and the draft being edited. Settings and ticks come from storage
 * and are written back there; changes from any page or tab arrive through storage watchers,
 * so every open page stays in step without a reload. The draft comes from the background.
 */
import { create } from 'zustand';
import { resolveUiLang } from './i18n/index';
import type { Lang } from './checker/types';
import { onMessage, sendMessage, type ActiveDraft } from './messaging';
import { checklistItem, DEFAULT_SETTINGS, loadSettings, parseChecklist, saveSettings, watchSettings, type Settings } from './settings';

export interface AppState {
  loaded: boolean;
  settings: Settings;
  checklist: Record<string, boolean>;
  activeDraft: ActiveDraft | null;
  /** Language of the page's own words. */
  uiLang: Lang;
  /** Applies a change to the settings and saves them. */
  updateSettings(change: (draft: Settings) => void): Promise<void>;
  resetSettings(): Promise<void>;
  setTick(stepId: string, done: boolean): Promise<void>;
}

const browserLang = () => (typeof navigator === 'undefined' ? 'en' : navigator.language);

export const useAppStore = create<AppState>()((set, get) => ({
  loaded: false,
  settings: DEFAULT_SETTINGS,
  checklist: {},
  activeDraft: null,
  uiLang: resolveUiLang('auto', browserLang()),
  async updateSettings(change) {
    const next = structuredClone(get().settings);
    change(next);
    set({ settings: next, uiLang: resolveUiLang(next.uiLang, browserLang()) });
    await saveSettings(next);
  },
  async resetSettings() {
    set({ settings: structuredClone(DEFAULT_SETTINGS), uiLang: resolveUiLang('auto', browserLang()) });
    await saveSettings(DEFAULT_SETTINGS);
  },
  async setTick(stepId, done) {
    const checklist = { ...get().checklist, [stepId]: done };
    set({ checklist });
    await checklistItem.setValue(checklist);
  },
}));

/**
 * Loads the state and keeps it live. Pages call it once at start; the returned function stops
 * the watchers. `withDraft` also follows the draft being edited (side panel, popup).
 */
export function connectStore(options: { withDraft: boolean }): () => void {
  const apply = (settings: Settings) => useAppStore.setState({ settings, uiLang: resolveUiLang(settings.uiLang, browserLang()) });
  const stops: (() => void)[] = [];
  void Promise.all([loadSettings(), checklistItem.getValue().catch(() => ({}))]).then(([settings, ticks]) => {
    apply(settings);
    useAppStore.setState({ checklist: parseChecklist(ticks), loaded: true });
  });
  stops.push(watchSettings(apply));
  stops.push(checklistItem.watch((ticks) => useAppStore.setState({ checklist: parseChecklist(ticks) })));
  if (options.withDraft) {
    stops.push(onMessage('activeDraftChanged', ({ data }) => useAppStore.setState({ activeDraft: data })));
    void sendMessage('getActiveDraft', undefined)
      .then((draft) => useAppStore.setState({ activeDraft: draft }))
      .catch(() => {});
  }
  return () => stops.forEach((stop) => stop());
}
