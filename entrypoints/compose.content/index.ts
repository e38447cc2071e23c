import { watchComposeBoxes, type Watcher } from '@/lib/compose/watch';
import { resolveUiLang } from '@/lib/i18n/index';
import { onMessage, removeAllListeners, sendMessage } from '@/lib/messaging';
import { adapterForHost } from '@/lib/platforms/index';
import type { ContentSettings } from '@/lib/settings';
import { SITE_MATCHES } from '@/lib/sites';
import { claimFrame, extensionAlive } from '@/lib/takeover';

/** How often a copy looks whether its extension is still there (it learns it only when it asks). */
const ALIVE_CHECK_MS = 10_000;

/**
 * The content script: thin. It picks the site's adapter, starts watching compose boxes when the
 * site is switched on in settings, and answers the background. Checking happens in the
 * background; this script only reads text and draws. It never reads storage: the background
 * gives it the two settings it uses (contentSettings), and sends them again when they change.
 */
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // WXT would otherwise post "<extension id>:compose:wxt:content-script-started" to the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    let settings: ContentSettings | null = null;
    let watcher: Watcher | null = null;

    const start = () => {
      if (watcher || retired) return;
      watcher = watchComposeBoxes(
        document,
        adapter,
        {
          check: (request) => sendMessage('checkDraft', request),
          closed: (editorId) => void sendMessage('draftClosed', { editorId }).catch(() => {}),
          focused: (editorId) => void sendMessage('draftFocused', { editorId }).catch(() => {}),
          openSidePanel: () => void sendMessage('openSidePanel', undefined).catch(() => {}),
          turnRuleOff: (rule) => void sendMessage('turnRuleOff', { rule }).catch(() => {}),
          pauseSite: () => void sendMessage('pauseSite', undefined).catch(() => {}),
        },
        () => resolveUiLang(settings?.uiLang ?? 'auto', navigator.language),
      );
    };
    const stop = () => {
      watcher?.stop();
      watcher = null;
    };

    // The extension was updated or reloaded: this copy steps aside quietly, on signals the page
    // cannot forge (lib/takeover.ts): a newer copy claims the frame in the isolated world, or this
    // copy's runtime id is gone. Set up before any await, so a takeover during start-up is not missed.
    let retired = false;
    const retire = () => {
      if (retired) return;
      retired = true;
      clearInterval(aliveTimer);
      release();
      stop();
      removeAllListeners();
    };
    const release = claimFrame(retire);
    const retireIfGone = () => {
      if (!extensionAlive(browser.runtime)) retire();
    };
    // WXT's context says "invalidated" when its event arrives in the document, which a page can
    // dispatch too: believed only when the runtime id is gone as well. (Its own isInvalid and
    // timers are not used: a page event would stop them for good.)
    ctx.onInvalidated(retireIfGone);
    const aliveTimer = setInterval(retireIfGone, ALIVE_CHECK_MS);

    const apply = (next: ContentSettings) => {
      settings = next;
      if (settings.sites[adapter.id]) start();
      else stop();
    };
    onMessage('reveal', ({ data }) => watcher?.find(data.editorId)?.reveal(data.start, data.end));
    onMessage('forceCheck', ({ data }) => watcher?.find(data.editorId)?.forceCheck());
    // The keyboard shortcut (a browser command: the page cannot send it).
    onMessage('openCard', ({ data }) => watcher?.openCard(data?.editorId));
    onMessage('recheck', ({ data }) => {
      if (!data?.sites) return;
      const running = watcher !== null;
      apply(data);
      if (running) watcher?.recheckAll();
    });
    const initial = await sendMessage('contentSettings', undefined).catch(() => null);
    if (retired) return;
    // No answer (the background is being updated): the next settings push starts checking.
    if (initial && !settings) apply(initial);
  },
});
