import { watchComposeBoxes, type Watcher } from '@/lib/compose/watch';
import { resolveUiLang } from '@/lib/i18n/index';
import { onMessage, removeAllListeners, sendMessage } from '@/lib/messaging';
import { adapterForHost } from '@/lib/platforms/index';
import type { ContentSettings } from '@/lib/settings';
import { SITE_MATCHES } from '@/lib/sites';

/**
 * The content script: thin. It picks the site's adapter, starts watching compose boxes when the
 * site is switched on in settings, and answers the background. Checking happens in the
 * background; this script only reads text and draws. It never reads storage: the background
 * gives it the two settings it uses (contentSettings), and sends them again when they change.
 */
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    let settings: ContentSettings | null = null;
    let watcher: Watcher | null = null;

    const start = () => {
      if (watcher || ctx.isInvalid) return;
      watcher = watchComposeBoxes(
        document,
        adapter,
        {
          check: (request) => sendMessage('checkDraft', request),
          closed: (editorId) => void sendMessage('draftClosed', { editorId }).catch(() => {}),
          focused: (editorId) => void sendMessage('draftFocused', { editorId }).catch(() => {}),
          openSidePanel: () => void sendMessage('openSidePanel', undefined).catch(() => {}),
        },
        () => resolveUiLang(settings?.uiLang ?? 'auto', navigator.language),
      );
    };
    const stop = () => {
      watcher?.stop();
      watcher = null;
    };

    // The extension was updated or reloaded: this script steps aside quietly, whether it notices
    // its context is gone or a newer copy announces itself in the page (WXT's context does both).
    // Registered before any await, so an invalidation during start-up is not missed.
    let retired = false;
    ctx.onInvalidated(() => {
      retired = true;
      stop();
      removeAllListeners();
    });
    // A script whose extension is gone learns it only when it asks: look now and then.
    ctx.setInterval(() => void ctx.isInvalid, 10_000);

    const apply = (next: ContentSettings) => {
      settings = next;
      if (settings.sites[adapter.id]) start();
      else stop();
    };
    onMessage('reveal', ({ data }) => watcher?.find(data.editorId)?.reveal(data.start, data.end));
    onMessage('forceCheck', ({ data }) => watcher?.find(data.editorId)?.forceCheck());
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
