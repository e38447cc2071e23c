/**
 * The count on the toolbar icon: the findings of the draft being written in that tab, in the
 * colour of the worst, as the side panel lists them (the icon is the extension's own, no page
 * sees it). Nothing on a tab without a draft, or when the draft is not a follow-up.
 */
import type { Severity } from './checker/types';
import { BADGE_COLOURS } from './highlight/styles';
import type { ActiveDraft } from './messaging';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export function toolbarBadge(draft: ActiveDraft | null): { text: string; colour: string } {
  const findings = draft?.report.applicable ? draft.report.findings : [];
  const worst = SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s));
  return { text: findings.length ? String(findings.length) : '', colour: worst ? BADGE_COLOURS[worst] : BADGE_COLOURS.none };
}

interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

/** Shows the tab's count on the icon (MV3 `action`, MV2 `browserAction`); where there is no icon API, nothing. */
export function showToolbarCount(api: { action?: ActionApi; browserAction?: ActionApi }, tabId: number, draft: ActiveDraft | null): void {
  const action = api.action ?? api.browserAction;
  if (!action) return;
  const { text, colour } = toolbarBadge(draft);
  try {
    void Promise.resolve(action.setBadgeText({ tabId, text })).catch(() => {});
    if (text) void Promise.resolve(action.setBadgeBackgroundColor({ tabId, color: colour })).catch(() => {});
  } catch {
    // the tab is gone, or the browser has no badge
  }
}
