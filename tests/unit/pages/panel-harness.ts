/**
 * Shared by the side panel and popup tests: mounts a page's App into the happy-dom document
 * with the store, fake extension storage and a fake background answering the pages' messages.
 */
import { act, createElement, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding, Report } from '@/lib/checker/types';
import { onMessage, removeAllListeners, type ActiveDraft } from '@/lib/messaging';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/settings';
import { connectStore, useAppStore } from '@/lib/store';
import { toWireReport } from '@/lib/wire';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const initialState = useAppStore.getState();

export interface Page {
  container: HTMLElement;
  /** Messages the page sent to the background, by type. */
  sent: { revealFinding: unknown[]; checkActiveDraft: number };
  unmount(): Promise<void>;
}

/** Lets pending messages, storage writes and watchers run, then React render. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Mounts `App` as the page's main.tsx does, with the background answering `getActiveDraft` with `draft`. */
export async function openPage(
  App: ComponentType,
  options: { draft?: ActiveDraft | null; settings?: (s: Settings) => void; checklist?: Record<string, boolean> } = {},
): Promise<Page> {
  const settings = structuredClone(DEFAULT_SETTINGS);
  options.settings?.(settings);
  await settingsItem.setValue(settings);
  if (options.checklist) await fakeBrowser.storage.local.set({ checklist: options.checklist });

  const sent: Page['sent'] = { revealFinding: [], checkActiveDraft: 0 };
  onMessage('getActiveDraft', () => options.draft ?? null);
  onMessage('revealFinding', ({ data }) => void sent.revealFinding.push(data));
  onMessage('checkActiveDraft', () => void sent.checkActiveDraft++);

  const disconnect = connectStore({ withDraft: true });
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  await act(async () => root.render(createElement(App)));
  await vi.waitFor(() => expect(useAppStore.getState().loaded).toBe(true));
  await settle();

  return {
    container,
    sent,
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
      disconnect();
      removeAllListeners();
      fakeBrowser.reset();
      useAppStore.setState(initialState, true);
    },
  };
}

export function finding(rule: Finding['rule'], severity: Finding['severity'], start: number, end: number, extra: Partial<Finding> = {}): Finding {
  return { rule, severity, start, end, message: `message of ${rule}`, advice: `advice for ${rule}`, ...extra };
}

/** An ActiveDraft as the background sends it (the report in its wire form), with the excerpts cut from `text`. */
export function activeDraft(text: string, report: Partial<Report> = {}, extra: Partial<ActiveDraft> = {}): ActiveDraft {
  const full: Report = { language: 'en', applicable: true, findings: [], stats: { words: text.split(/\s+/).filter(Boolean).length, sentences: 1 }, ...report };
  return {
    tabId: 7,
    editorId: 'editor-1',
    platform: 'gmail',
    surface: 'email',
    excerpts: full.findings.map((f) => text.slice(f.start, f.end)),
    report: toWireReport(full),
    forced: false,
    budget: 250,
    characters: text.trim().length,
    adviceLang: 'en',
    ...extra,
  };
}

export const all = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => (element as HTMLElement).click());
  await settle();
}

/** The button whose text is exactly `text`. */
export function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return all(root, 'button').find((b) => b.textContent?.trim() === text) as HTMLButtonElement | undefined;
}
