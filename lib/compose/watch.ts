/**
 * Watches a page for compose boxes by focus, not by scanning: a capturing focusin listener
 * reads the event's composed path (which reaches into open shadow roots), asks the site's
 * adapter what the focused element is, and starts one session per box. Sessions end when
 * their box leaves the page.
 */
import type { Lang } from '../checker/types';
import { translate } from '../i18n/index';
import type { SiteAdapter } from '../platforms/types';
import { sourcesLine } from '../sources';
import { findEditable, isOptedOut } from './editable';
import { EditorSession, type SessionDeps } from './session';
import type { UiWords } from './words';

export interface Watcher {
  sessions(): EditorSession[];
  find(editorId: string): EditorSession | undefined;
  /** Re-checks every open box (settings changed). */
  recheckAll(): void;
  /** Opens the card of the box being written in (`editorId`, else the focused box), the focus in it. */
  openCard(editorId?: string): void;
  stop(): void;
}

/** How often the watcher looks whether its boxes are still on the page. */
const SWEEP_DELAY_MS = 500;

/** The focused element, looking into open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== doc.body ? el : null;
}

/** What event.composedPath() would give for an event on this element: itself up to the window. */
export function composedPathOf(el: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = el; node; ) {
    path.push(node);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  const view = el.ownerDocument.defaultView;
  if (view) path.push(view);
  return path;
}

export function watchComposeBoxes(
  doc: Document,
  adapter: SiteAdapter,
  deps: Omit<SessionDeps, 'words'>,
  uiLang: () => Lang,
): Watcher {
  const sessions = new Map<HTMLElement, EditorSession>();
  const controller = new AbortController();

  // Read at paint time, made once per language: a language changed in the options shows at the next paint.
  let made: { lang: Lang; words: UiWords } | null = null;
  const words = (): UiWords => {
    const lang = uiLang();
    if (made?.lang !== lang) made = { lang, words: wordsIn(lang) };
    return made.words;
  };
  const wordsIn = (lang: Lang): UiWords => {
    const number = new Intl.NumberFormat(lang);
    return {
      badge: (count) => translate(lang, 'badge.label', { count }),
      badgeNone: translate(lang, 'badge.none'),
      badgeNotFollowUp: translate(lang, 'badge.notFollowUp'),
      suggestion: translate(lang, 'card.suggestion'),
      openPanel: translate(lang, 'card.openPanel'),
      close: translate(lang, 'card.close'),
      notFollowUp: translate(lang, 'card.notFollowUp'),
      checkAnyway: translate(lang, 'card.checkAnyway'),
      more: (count) => translate(lang, 'card.more', { count }),
      limit: (checked, total) => translate(lang, 'card.limit', { checked, total }),
      capped: (shown, total) => translate(lang, 'card.capped', { shown: number.format(shown), total: number.format(total) }),
      cardLabel: translate(lang, 'card.label'),
      sources: (ids) => sourcesLine(lang, ids),
      ruleOff: translate(lang, 'card.ruleOff'),
      pauseSite: translate(lang, 'card.pauseSite'),
    };
  };

  const onFocus = (event: Event) => consider(event.composedPath());
  const consider = (path: readonly EventTarget[]) => {
    const editable = findEditable(path);
    if (!editable) return;
    const existing = sessions.get(editable);
    if (existing && !existing.disposed) return;
    if (isOptedOut(editable)) return;
    let target;
    try {
      target = adapter.describe(path);
    } catch {
      target = null; // markup the adapter did not expect: leave the page alone
    }
    if (!target || target.editor !== editable) return;
    let session: EditorSession;
    try {
      session = new EditorSession(target, { ...deps, words });
    } catch {
      return; // the page's markup or scripts got in the way: leave this box (and the page) alone
    }
    sessions.set(editable, session);
    sweepSoon();
  };
  doc.addEventListener('focusin', onFocus, { capture: true, signal: controller.signal });

  // Closed compose windows and SPA navigation take boxes off the page: end their sessions.
  let sweepTimer: ReturnType<typeof setTimeout> | undefined;
  const sweep = () => {
    sweepTimer = undefined;
    for (const [editor, session] of sessions) {
      if (!session.alive || session.disposed) {
        session.dispose();
        sessions.delete(editor);
      }
    }
  };
  const sweepSoon = () => {
    if (!sweepTimer && !controller.signal.aborted) sweepTimer = setTimeout(sweep, SWEEP_DELAY_MS);
  };
  const observer = new MutationObserver(() => {
    if (sessions.size) sweepSoon();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  // A box that already has the focus when the script starts (sites autofocus their composers).
  const active = deepActiveElement(doc);
  if (active) consider(composedPathOf(active));

  return {
    sessions: () => [...sessions.values()],
    find: (editorId) => [...sessions.values()].find((s) => s.id === editorId),
    recheckAll: () => sessions.forEach((s) => s.schedule(0)),
    openCard(editorId) {
      const active = deepActiveElement(doc);
      const focused = [...sessions.values()].find((s) => !s.disposed && active !== null && (s.target.editor === active || s.target.editor.contains(active)));
      const named = [...sessions.values()].find((s) => s.id === editorId && !s.disposed && s.alive);
      (focused ?? named)?.openCard();
    },
    stop() {
      controller.abort();
      observer.disconnect();
      clearTimeout(sweepTimer);
      sessions.forEach((s) => s.dispose());
      sessions.clear();
    },
  };
}
