/**
 * Every message between the extension's parts, in one typed protocol map.
 *
 *   content script ──checkDraft / draftFocused / draftClosed / openSidePanel / contentSettings──▶ background
 *   side panel, popup ──getActiveDraft / revealFinding / checkActiveDraft──▶ background
 *   background ──activeDraftChanged──▶ side panel, popup
 *   background ──reveal / forceCheck / recheck──▶ content script (its tab)
 *
 * The background answers each message only from the sender it is meant for (lib/senders.ts):
 * content-script messages from the extension's content script in a tab, panel messages from
 * the extension's own pages.
 * The content script runs in an untrusted page: what the background sends it back is what the page
 * may learn (see page-boundary.ts).
 *
 * Drafts live in memory only: the background keeps the last report per tab and forgets it
 * when the tab closes or the compose box goes away. Nothing here is written to storage.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Draft, Lang, RuleId } from './checker/types';
import type { ContentSettings } from './settings';
import type { WireReport } from './wire';

export interface CheckRequest {
  /** Identifies the compose box within its tab. */
  editorId: string;
  /** Increases with every request from a box; answers to older requests are dropped. */
  seq: number;
  draft: Draft;
  /** Check even if the draft does not look like a follow-up (the user asked for it). */
  force: boolean;
  /**
   * The user typed, pasted or dropped text into this box (trusted input events). Only then do
   * names from the profile count as evidence that the draft is a follow-up: text a page's script
   * wrote into a box must not tell it which names the user stored.
   */
  typed: boolean;
  /** The draft's full length when the content script sent only its start (drafts over MAX_SENT_CHARS). */
  totalChars?: number;
}

/**
 * The content script sends at most this many characters: the checker reads 100,000, and a
 * pasted megabyte should not travel through messaging on every pause in typing.
 */
export const MAX_SENT_CHARS = 100_000;

/** What the side panel and popup show: the compose box being edited and its report. */
export interface ActiveDraft {
  tabId: number;
  editorId: string;
  platform: Draft['platform'];
  surface: Draft['surface'];
  /** The words each finding covers, so the panel can show them without the whole draft. */
  excerpts: string[];
  /** The report in its wire form: each rule's advice once. */
  report: WireReport;
  forced: boolean;
  /** Length budget for the surface (words, or characters for a connection note). */
  budget: number;
  /** Characters of the draft, trimmed (the connection note's budget counts characters). */
  characters: number;
  /** The site said who can read it (posts and comments). */
  audience?: string;
  /** Language of the advice in the report. */
  adviceLang: Lang;
}

export interface ProtocolMap {
  checkDraft(request: CheckRequest): WireReport | null;
  draftFocused(data: { editorId: string }): void;
  draftClosed(data: { editorId: string }): void;
  openSidePanel(): void;
  /** The few settings the content script uses; null to anyone else. */
  contentSettings(): ContentSettings | null;
  getActiveDraft(): ActiveDraft | null;
  revealFinding(data: { tabId: number; editorId: string; start: number; end: number }): void;
  checkActiveDraft(): void;
  activeDraftChanged(draft: ActiveDraft | null): void;
  reveal(data: { editorId: string; start: number; end: number }): void;
  forceCheck(data: { editorId: string }): void;
  /** From the card, on the user's click: turn this rule off (on again in the options). */
  turnRuleOff(data: { rule: RuleId }): void;
  /** From the card, on the user's click: stop checking on the sender's site (on again in the options). */
  pauseSite(): void;
  /** The keyboard shortcut: open the card of this box (or of the focused one), the focus in it. */
  openCard(data: { editorId?: string }): void;
  /** Settings changed: here are the content script's, check again. */
  recheck(settings: ContentSettings): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
