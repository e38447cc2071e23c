/**
 * The extension's own element beside a compose box: `<followup-lint-ui>`, inserted after the
 * box's container (never inside the editor), with everything in its closed shadow root — the
 * badge, the explanation card and, for textareas, the underline boxes. Styles stay inside; the
 * site's styles stay out. All text is set with textContent: draft text never becomes markup.
 *
 * The page is untrusted, so the page must not read or drive this UI:
 * - the shadow root is closed and its only reference is kept here; no state is kept in
 *   attributes of the host (the page sees the host, not what is inside it);
 * - every listener ignores events that are not `isTrusted`: a script's `click()` does nothing;
 * - the host is made so that no page code runs on it: with a custom element registry of its own
 *   where the browser has scoped registries (a page that defines `followup-lint-ui` never
 *   upgrades it), else in a document without a registry, with the closed root attached before
 *   the host reaches the page.
 * The structure inside is a contract for testers (README, "For testers: the in-page UI").
 *
 * The card is placed with Floating UI (flip, shift, size, autoUpdate) against the badge or the
 * clicked words, so it stays whole inside the viewport at any window size or zoom and follows
 * scrolling and resizing. It is a dialog named by its title (aria-labelledby); opened from the
 * badge it takes the focus, and gives it back to the editor (caret where it was) when it closes
 * (Escape, its close button, the badge); a trusted click outside closes it too.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { Finding, Severity } from '../checker/types';
import { UI_CSS } from './styles';
import type { Theme } from './theme';

export const HOST_TAG = 'followup-lint-ui';

export interface CardItem {
  finding: Finding;
  /** A button under the finding (turn its rule off). */
  action?: { id: CardActionId; label: string; run: () => void };
  /** The line naming the articles the advice comes from. */
  sources?: string;
}

/** What a card button does; `data-action` in the DOM. */
export type CardActionId = 'open-panel' | 'close' | 'check-anyway' | 'rule-off' | 'pause-site';

export interface CardText {
  /** The card's title, and so its accessible name. */
  label: string;
  suggestion: string;
  openPanel: string;
  close: string;
  more?: string;
  note?: string;
  action?: { id: CardActionId; label: string; run: () => void };
  /** Buttons of the whole card, before "open the side panel" (pause on this site). */
  actions?: { id: CardActionId; label: string; run: () => void }[];
}

/** What the card is placed against: the badge, or words of the draft (their box in viewport coordinates, read live). */
export type CardAnchor = 'badge' | { getBoundingClientRect(): DOMRect };

/** Room kept between the card and the edges of the viewport, in CSS pixels. */
const VIEWPORT_MARGIN = 8;

export type BadgeState = { kind: 'hidden' } | { kind: 'not-follow-up'; label: string } | { kind: 'findings'; count: number; worst: Severity | 'none'; label: string };

interface ScopedRegistryWindow {
  CustomElementRegistry?: new () => unknown;
}

/**
 * A `<followup-lint-ui>` element no page code runs on. With scoped custom element registries
 * (Chromium 146+) the element gets an empty registry of its own: a page definition of the tag
 * neither constructs nor later upgrades it. Elsewhere it is made in a document that has no
 * registry (creating it runs nothing), and its closed root is attached before it is inserted.
 */
export function createHostElement(doc: Document): HTMLElement {
  const Registry = (doc.defaultView as ScopedRegistryWindow | null)?.CustomElementRegistry ?? (globalThis as ScopedRegistryWindow).CustomElementRegistry;
  if (Registry) {
    try {
      const registry = new Registry(); // throws "Illegal constructor" where registries are not scoped
      const el = doc.createElement(HOST_TAG, { customElementRegistry: registry } as ElementCreationOptions);
      if ((el as HTMLElement & { customElementRegistry?: unknown }).customElementRegistry === registry) return el;
    } catch {
      // no scoped registries: below
    }
  }
  return doc.implementation.createHTMLDocument('').createElement(HOST_TAG);
}

/** Adds a listener that acts only on events the user caused (a script's click() or dispatchEvent is ignored). */
function onTrusted<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, handler: (e: HTMLElementEventMap[K]) => void): void {
  el.addEventListener(type, (e) => {
    if (e.isTrusted) handler(e);
  });
}

/** A button of the extension's UI: acts on the user's click only, and keeps the caret in the editor. */
function uiButton(button: HTMLButtonElement, run: () => void): void {
  onTrusted(button, 'mousedown', (e) => e.preventDefault());
  onTrusted(button, 'click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    run();
  });
}

export class UiHost {
  readonly element: HTMLElement;
  /** Closed: the page cannot reach it, and this is the only reference. */
  readonly #shadow: ShadowRoot;
  readonly #layer: HTMLElement;
  readonly #boxes: HTMLElement;
  readonly #badge: HTMLButtonElement;
  readonly #card: HTMLElement;
  readonly #title: HTMLElement;
  readonly #body: HTMLElement;
  readonly #status: HTMLElement;
  readonly #scratch: HTMLElement;
  /** Stops following the card's anchor and its listeners for Escape and outside clicks. */
  #cardCleanup: (() => void) | null = null;
  /** Where the caret was when the card took the focus: given back on close. */
  #returnTo: { ranges: Range[] } | null = null;
  #announced = '';
  onBadgeClick: () => void = () => {};
  onOpenPanel: () => void = () => {};
  /** The card closed (by Escape, a click outside, its close button or the badge). */
  onCardClosed: () => void = () => {};

  constructor(anchor: Element, private readonly editor: HTMLElement) {
    const doc = anchor.ownerDocument;
    this.element = createHostElement(doc);
    this.#shadow = this.element.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    this.#layer = doc.createElement('div');
    this.#layer.className = 'layer';
    this.#boxes = doc.createElement('div');
    this.#scratch = doc.createElement('div');
    this.#badge = doc.createElement('button');
    this.#badge.className = 'badge';
    this.#badge.dataset.part = 'badge';
    this.#badge.type = 'button';
    this.#badge.hidden = true;
    uiButton(this.#badge, () => this.onBadgeClick());
    this.#card = doc.createElement('div');
    this.#card.className = 'card';
    this.#card.hidden = true;
    this.#card.tabIndex = -1;
    this.#card.setAttribute('role', 'dialog');
    // An id is unique only within its tree: each host has its own shadow root.
    this.#title = doc.createElement('h2');
    this.#title.className = 'title';
    this.#title.id = 'card-title';
    this.#card.setAttribute('aria-labelledby', this.#title.id);
    this.#body = doc.createElement('div');
    this.#card.append(this.#title, this.#body);
    // Changes in the count are read out politely (role=status is aria-live=polite).
    this.#status = doc.createElement('div');
    this.#status.className = 'sr-only';
    this.#status.setAttribute('role', 'status');
    this.#layer.append(this.#boxes, this.#badge, this.#card, this.#status, this.#scratch);
    this.#shadow.append(style, this.#layer);
    placeHostAfter(anchor, this.element);
  }

  /** A place inside the closed root to lay out hidden copies (textarea measurement). */
  get scratch(): HTMLElement {
    return this.#scratch;
  }

  get connected(): boolean {
    return this.element.isConnected;
  }

  /** Light or dark, after the page behind the editor. */
  setTheme(theme: Theme): void {
    if (this.#layer.dataset.theme !== theme) this.#layer.dataset.theme = theme;
  }

  /** Positions are relative to the host's own origin (it may sit in a transformed dialog). */
  private origin(): { x: number; y: number } {
    const r = this.element.getBoundingClientRect();
    return { x: r.left, y: r.top };
  }

  /** Where the badge goes, in viewport coordinates: the bottom right of the part of the box that is on screen. */
  private badgeRect(): DOMRect {
    const e = this.editor.getBoundingClientRect();
    const view = this.editor.ownerDocument.defaultView ?? window;
    const right = Math.min(e.right, view.innerWidth);
    const bottom = Math.max(e.top + 28, Math.min(e.bottom, view.innerHeight));
    return new DOMRect(right - 30, bottom - 28, Math.max(22, this.#badge.offsetWidth), 22);
  }

  place(): void {
    const o = this.origin();
    const e = this.editor.getBoundingClientRect();
    const visible = e.width > 0 && e.height > 0;
    // A long draft keeps its badge in view.
    const b = this.badgeRect();
    this.#badge.style.left = `${b.left - o.x}px`;
    this.#badge.style.top = `${b.top - o.y}px`;
    this.#badge.style.visibility = visible ? 'visible' : 'hidden';
  }

  /** The badge carries the state (`data-findings`, `data-worst`), inside the closed root. */
  setBadge(state: BadgeState): void {
    const badge = this.#badge;
    if (state.kind === 'hidden') {
      badge.hidden = true;
      delete badge.dataset.findings;
      delete badge.dataset.worst;
      delete badge.dataset.state;
      this.hideCard();
      return;
    }
    badge.hidden = false;
    badge.setAttribute('aria-label', state.label);
    badge.title = state.label;
    if (state.kind === 'not-follow-up') {
      badge.dataset.state = 'not-follow-up';
      badge.dataset.worst = 'none';
      badge.dataset.findings = '0';
      badge.textContent = '–';
    } else {
      delete badge.dataset.state;
      badge.dataset.worst = state.worst;
      badge.dataset.findings = String(state.count);
      badge.textContent = state.count ? String(state.count) : '✓';
    }
    this.announce(state.label);
    this.place();
  }

  /** Says a new state once, through the live region (not on every check that changes nothing). */
  private announce(text: string): void {
    if (text === this.#announced) return;
    this.#announced = text;
    this.#status.textContent = text;
  }

  /** Writes the card's content (open or not): called again whenever a new report arrives. */
  renderCard(items: CardItem[], text: CardText): void {
    const doc = this.element.ownerDocument;
    this.#title.textContent = text.label;
    const body = this.#body;
    body.replaceChildren();
    if (text.note) {
      const p = doc.createElement('p');
      p.textContent = text.note;
      body.append(p);
    }
    const makeButton = (id: CardActionId, label: string, run: () => void) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.dataset.action = id;
      b.textContent = label;
      uiButton(b, run);
      return b;
    };
    for (const { finding, sources, action } of items) {
      const block = doc.createElement('div');
      block.className = 'finding';
      block.dataset.severity = finding.severity;
      block.dataset.rule = finding.rule;
      const h = doc.createElement('h3');
      h.textContent = finding.message;
      const advice = doc.createElement('p');
      advice.className = 'advice';
      advice.textContent = finding.advice;
      block.append(h, advice);
      if (sources) {
        const p = doc.createElement('p');
        p.className = 'sources';
        p.textContent = sources;
        block.append(p);
      }
      if (action) block.append(makeButton(action.id, action.label, action.run));
      if (finding.suggestion) {
        const s = doc.createElement('p');
        s.className = 'suggestion';
        s.textContent = `${text.suggestion}: ${finding.suggestion}`;
        block.append(s);
      }
      body.append(block);
    }
    if (text.more) {
      const p = doc.createElement('p');
      p.textContent = text.more;
      body.append(p);
    }
    const actions = doc.createElement('div');
    actions.className = 'actions';
    const button = (id: CardActionId, label: string, run: () => void) => actions.append(makeButton(id, label, run));
    if (text.action) button(text.action.id, text.action.label, text.action.run);
    for (const a of text.actions ?? []) button(a.id, a.label, a.run);
    button('open-panel', text.openPanel, () => this.onOpenPanel());
    button('close', text.close, () => this.hideCard({ returnFocus: true }));
    body.append(actions);
  }

  /**
   * Shows the card against its anchor and keeps it there (Floating UI's autoUpdate: scrolling,
   * resizing, the anchor moving). `focus`: the card takes the focus (opened from the badge).
   */
  openCard(anchor: CardAnchor, { focus }: { focus: boolean }): void {
    this.#cardCleanup?.();
    const card = this.#card;
    card.hidden = false;
    const badge = anchor === 'badge';
    const reference = {
      getBoundingClientRect: () => (badge ? this.badgeRect() : anchor.getBoundingClientRect()),
      contextElement: this.editor,
    };
    const update = () => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        // Above the badge, over the draft, rather than below it over the site's Send button.
        placement: badge ? 'top-end' : 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: VIEWPORT_MARGIN }),
          shift({ padding: VIEWPORT_MARGIN, crossAxis: true }),
          size({
            padding: VIEWPORT_MARGIN,
            apply({ availableWidth, availableHeight, elements }) {
              Object.assign(elements.floating.style, {
                maxWidth: `${Math.max(0, Math.min(320, availableWidth))}px`,
                maxHeight: `${Math.max(0, Math.min(360, availableHeight))}px`,
              });
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (card.hidden) return;
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    };
    const stopFollowing = autoUpdate(reference, card, update);
    const view = this.editor.ownerDocument.defaultView ?? window;
    const listening = new AbortController();
    const signal = listening.signal;
    // Escape closes the card wherever the focus is (the editor or the card): only the user's key.
    view.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted || e.key !== 'Escape' || this.#card.hidden) return;
        e.preventDefault();
        e.stopPropagation();
        this.hideCard({ returnFocus: true });
      },
      { capture: true, signal },
    );
    // A click outside the extension's UI and its compose box closes it; the focus stays where that
    // click put it. A click in the box places the caret and leaves the card open, so the writer can
    // edit with the advice beside the text (the session closes a words card the click moved away from).
    view.addEventListener(
      'pointerdown',
      (e) => {
        if (!e.isTrusted) return;
        const path = e.composedPath();
        if (!path.includes(this.element) && !path.includes(this.editor)) this.hideCard();
      },
      { capture: true, signal },
    );
    this.#cardCleanup = () => {
      stopFollowing();
      listening.abort();
    };
    if (focus) {
      this.#returnTo = { ranges: this.editorSelection() };
      card.focus({ preventScroll: true });
    }
  }

  /** Moves the focus into the open card (keyboard shortcut), keeping where the caret was. */
  focusCard(): void {
    if (this.#card.hidden) return;
    this.#returnTo ??= { ranges: this.editorSelection() };
    this.#card.focus({ preventScroll: true });
  }

  /** The tree the editor is in: a shadow root has a selection of its own in Chromium. */
  private selectionRoot(): { getSelection?(): Selection | null } {
    return this.editor.getRootNode() as { getSelection?(): Selection | null };
  }

  /** The ranges of the selection that lie in the editor (to put the caret back after the card had the focus). */
  private editorSelection(): Range[] {
    if (this.editor instanceof HTMLTextAreaElement) return [];
    const selection = this.selectionRoot().getSelection?.() ?? this.editor.ownerDocument.getSelection();
    if (!selection) return [];
    const ranges: Range[] = [];
    for (let i = 0; i < selection.rangeCount; i++) {
      const r = selection.getRangeAt(i);
      if (this.editor.contains(r.startContainer) && this.editor.contains(r.endContainer)) ranges.push(r.cloneRange());
    }
    return ranges;
  }

  /** Gives the focus back to the editor, the caret where it was: no text is touched. */
  private returnFocus(): void {
    const to = this.#returnTo;
    this.#returnTo = null;
    this.editor.focus({ preventScroll: true });
    if (!to?.ranges.length) return;
    const selection = this.selectionRoot().getSelection?.() ?? this.editor.ownerDocument.getSelection();
    if (!selection) return;
    selection.removeAllRanges();
    for (const r of to.ranges) selection.addRange(r);
  }

  /** `returnFocus`: the card was closed from the keyboard or its own buttons, so the editor gets the focus back. */
  hideCard({ returnFocus = false }: { returnFocus?: boolean } = {}): void {
    if (this.#card.hidden) return;
    const hadFocus = this.#shadow.activeElement !== null;
    this.#cardCleanup?.();
    this.#cardCleanup = null;
    this.#card.hidden = true;
    if (returnFocus && (hadFocus || this.#returnTo)) this.returnFocus();
    else this.#returnTo = null;
    this.onCardClosed();
  }

  get cardOpen(): boolean {
    return !this.#card.hidden;
  }

  /** Underline boxes for editors the Highlight API cannot mark (textareas). Viewport coordinates in. */
  drawBoxes(boxes: { rect: DOMRect; severity: Severity }[]): void {
    const o = this.origin();
    const doc = this.element.ownerDocument;
    this.#boxes.replaceChildren(
      ...boxes.map(({ rect, severity }) => {
        const d = doc.createElement('div');
        d.className = 'box';
        d.dataset.part = 'underline';
        d.dataset.severity = severity;
        d.style.left = `${rect.left - o.x}px`;
        d.style.top = `${rect.bottom - o.y - 1}px`;
        d.style.width = `${rect.width}px`;
        return d;
      }),
    );
  }

  dispose(): void {
    this.#cardCleanup?.();
    this.#cardCleanup = null;
    this.element.remove();
  }
}

/**
 * Puts the host after the box's container, and after the site's own buttons that follow it in its
 * form or dialog: the badge and the card come in the tab order after the site's Send button (the
 * host is fixed-positioned, so where it sits in the tree does not move it on screen).
 */
function placeHostAfter(anchor: Element, host: HTMLElement): void {
  const container = anchor.parentElement?.closest('form, [role="dialog"]');
  if (container && container !== anchor.ownerDocument.body) container.append(host);
  else anchor.after(host);
}
