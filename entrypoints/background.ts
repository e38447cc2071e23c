import * as v from 'valibot';
import { check } from '@/lib/checker/check';
import { DraftRegistry } from '@/lib/drafts';
import { OPEN_CARD_COMMAND } from '@/lib/commands';
import { onMessage, sendMessage, type ActiveDraft } from '@/lib/messaging';
import { checkSettingsFor, reportForPage } from '@/lib/page-boundary';
import { EditorRefSchema, parseCheckRequest, RevealSchema, RuleRefSchema } from '@/lib/requests';
import { adapterForHost } from '@/lib/platforms/index';
import { isExtensionPage, isOwnContentScript, type MessageSender } from '@/lib/senders';
import { DEFAULT_SETTINGS, interviewDateTime, loadSettings, saveSettings, toContentSettings, watchSettings, type Settings } from '@/lib/settings';
import type { Lang } from '@/lib/checker/types';
import { SITE_MATCHES } from '@/lib/sites';
import { closeSettingsToContentScripts } from '@/lib/storage-access';
import { startInOpenTabs, type TabsAndScripting } from '@/lib/takeover';
import { showToolbarCount } from '@/lib/toolbar';
import { toWireReport } from '@/lib/wire';

/**
 * The background runs the checker (so the content script stays small), keeps the last report
 * of each compose box in memory for the side panel and popup, and relays between them.
 */
export default defineBackground(() => {
  let settings: Settings = DEFAULT_SETTINGS;
  const ready = loadSettings().then((s) => (settings = s));
  const drafts = new DraftRegistry();

  // Each message is answered only from the part of the extension it is meant for (lib/senders.ts).
  const fromContentScript = (sender: MessageSender) => isOwnContentScript(sender, browser.runtime);
  const fromPanel = (sender: MessageSender) => isExtensionPage(sender, browser.runtime);
  // Where the browser allows it, a web page's renderer cannot read the settings either (today none does).
  void closeSettingsToContentScripts(browser.storage);

  // The count on the toolbar icon follows the tab's focused draft.
  const toolbar = browser as unknown as Parameters<typeof showToolbarCount>[0];
  const showCount = (tabId: number) => showToolbarCount(toolbar, tabId, drafts.forTab(tabId));

  const broadcast = (draft: ActiveDraft | null) => {
    // Extension pages that are open (side panel, popup) listen; none open is fine.
    sendMessage('activeDraftChanged', draft).catch(() => {});
  };

  watchSettings(async (next) => {
    settings = next;
    // Every tab on the sites gets the content script's settings (a site switched on has no draft yet).
    const siteTabs = await browser.tabs.query({ url: SITE_MATCHES }).catch(() => []);
    const tabIds = new Set([...drafts.tabs(), ...siteTabs.map((tab) => tab.id).filter((id) => id !== undefined)]);
    for (const tabId of tabIds) sendMessage('recheck', toContentSettings(next), tabId).catch(() => {});
  });

  onMessage('contentSettings', async ({ sender }) => {
    if (!fromContentScript(sender)) return null;
    await ready;
    return toContentSettings(settings);
  });

  onMessage('checkDraft', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const request = parseCheckRequest(data);
    if (!fromContentScript(sender) || tabId === undefined || !request) return null;
    await ready;
    const draft = { ...request.draft, interviewDate: request.draft.interviewDate ?? interviewDateTime(settings) };
    // Profile names count only in a box the user typed in (page-boundary.ts).
    const report = check(draft, checkSettingsFor(settings, request));
    if (request.totalChars && request.totalChars > draft.text.length) {
      // The content script sent only the start of a huge draft: the report says how much was read.
      report.limit = { checkedChars: report.limit?.checkedChars ?? draft.text.length, totalChars: request.totalChars };
    }
    const adviceLang: Lang = settings.adviceLang !== 'auto' ? settings.adviceLang : report.language === 'und' ? 'en' : report.language;
    const surface = draft.surface === 'unknown' ? 'email' : draft.surface;
    // What travels: each rule's advice once, not once per finding.
    const wire = toWireReport(report);
    const active: ActiveDraft = {
      tabId,
      editorId: request.editorId,
      platform: draft.platform,
      surface: draft.surface,
      excerpts: report.findings.map((f) => draft.text.slice(f.start, f.end).slice(0, 200)),
      report: wire,
      forced: request.force,
      budget: settings.budgets[surface],
      characters: draft.text.trim().length,
      adviceLang,
    };
    drafts.set(active);
    drafts.focus(tabId, request.editorId);
    broadcast(active);
    showCount(tabId);
    // The side panel has the whole report; the page gets none of what the profile decided.
    return toWireReport(reportForPage(report));
  });

  onMessage('draftFocused', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!fromContentScript(sender) || tabId === undefined || !v.is(EditorRefSchema, data)) return;
    drafts.focus(tabId, data.editorId);
    broadcast(drafts.forTab(tabId));
    showCount(tabId);
  });

  onMessage('draftClosed', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!fromContentScript(sender) || tabId === undefined || !v.is(EditorRefSchema, data)) return;
    drafts.close(tabId, data.editorId);
    broadcast(drafts.forTab(tabId));
    showCount(tabId);
  });

  const activeTabId = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

  onMessage('getActiveDraft', async ({ sender }) => {
    if (!fromPanel(sender)) return null;
    return drafts.current(await activeTabId());
  });

  onMessage('checkActiveDraft', async ({ sender }) => {
    if (!fromPanel(sender)) return;
    const active = drafts.current(await activeTabId());
    if (active) await sendMessage('forceCheck', { editorId: active.editorId }, active.tabId).catch(() => {});
  });

  onMessage('revealFinding', async ({ data, sender }) => {
    if (!fromPanel(sender) || !v.is(RevealSchema, data)) return;
    await sendMessage('reveal', { editorId: data.editorId, start: data.start, end: data.end }, data.tabId).catch(() => {});
  });

  onMessage('openSidePanel', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (!fromContentScript(sender) || tabId === undefined) return;
    // Chrome: the side panel; Firefox: the sidebar. Both need the user's click, which this message carries.
    const chromeSidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
    if (chromeSidePanel) await chromeSidePanel.open({ tabId }).catch(() => {});
    else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open().catch(() => {});
  });

  // From the card, on the user's click (its buttons act only on trusted events): checking less, never more,
  // and each undone in the options (the rule's switch, the site's switch).
  onMessage('turnRuleOff', async ({ data, sender }) => {
    if (!fromContentScript(sender) || !v.is(RuleRefSchema, data)) return;
    const next = structuredClone(await loadSettings());
    next.rules[data.rule].enabled = false;
    await saveSettings(next);
  });
  onMessage('pauseSite', async ({ sender }) => {
    if (!fromContentScript(sender) || !sender.url) return;
    const site = adapterForHost(new URL(sender.url).hostname)?.id;
    if (!site) return;
    const next = structuredClone(await loadSettings());
    next.sites[site] = false;
    await saveSettings(next);
  });

  // The keyboard shortcut: the card of the box being written in, in the tab the shortcut was pressed in.
  const openCard = async (command: string, tabId: number | undefined) => {
    if (command !== OPEN_CARD_COMMAND) return;
    const id = tabId ?? (await activeTabId());
    if (id === undefined) return;
    await sendMessage('openCard', { editorId: drafts.forTab(id)?.editorId }, id).catch(() => {});
  };
  browser.commands?.onCommand.addListener((command, tab) => void openCard(command, tab?.id));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void startInOpenTabs(browser as unknown as TabsAndScripting);
  });

  browser.tabs.onRemoved.addListener((tabId) => drafts.closeTab(tabId));
  browser.tabs.onActivated.addListener(({ tabId }) => {
    const draft = drafts.forTab(tabId);
    if (draft) broadcast(draft);
  });
});
