import { watchComposeBoxes, type Watcher } from '@/lib/compose/watch';
import { resolveUiLang } from '@/lib/i18n/index';
import { onMessage, removeAllListeners, sendMessage } from '@/lib/messaging';
import { adapterForHost } from '@/lib/platforms/index';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from '@/lib/settings';

/**
 * The content script: thin. It picks the site's adapter, starts watching compose boxes when the
 * site is switched on in settings, and answers the background. Checking happens in the
 * background; this script only reads text and draws.
 */
export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://www.linkedin.com/*', 'https://www.facebook.com/*', 'https://www.messenger.com/*', 'https://messenger.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    let settings: Settings = DEFAULT_SETTINGS;
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
        () => resolveUiLang(settings.uiLang, navigator.language),
      );
    };
    const stop = () => {
      watcher?.stop();
      watcher = null;
    };
    const apply = (next: Settings) => {
      settings = next;
      if (settings.sites[adapter.id]) start();
      else stop();
    };

    apply(await loadSettings());
    const unwatch = watchSettings(apply);

    onMessage('reveal', ({ data }) => watcher?.find(data.editorId)?.reveal(data.start, data.end));
    onMessage('forceCheck', ({ data }) => watcher?.find(data.editorId)?.forceCheck());
    onMessage('recheck', () => watcher?.recheckAll());

    // The extension was updated or reloaded: the old script steps aside quietly.
    ctx.onInvalidated(() => {
      stop();
      unwatch();
      removeAllListeners();
    });
  },
});
