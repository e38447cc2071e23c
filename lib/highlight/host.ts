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
 */
import type { Finding, Severity } from '../checker/types';
import { UI_CSS } from './styles';

export const HOST_TAG = 'followup-lint-ui';

export interface CardItem {
  finding: Finding;
}

/** What a card button does; `data-action` in the DOM. */
export type CardActionId = 'open-panel' | 'close' | 'check-anyway';

export interface CardText {
  /** The card's accessible name. */
  label: string;
  suggestion: string;
  openPanel: string;
  close: string;
  more?: string;
  note?: string;
  action?: { id: CardActionId; label: string; run: () => void };
}

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
  readonly #scratch: HTMLElement;
  onBadgeClick: () => void = () => {};
  onOpenPanel: () => void = () => {};

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
    this.#card.setAttribute('role', 'dialog');
    this.#layer.append(this.#boxes, this.#badge, this.#card, this.#scratch);
    this.#shadow.append(style, this.#layer);
    anchor.after(this.element);
  }

  /** A place inside the closed root to lay out hidden copies (textarea measurement). */
  get scratch(): HTMLElement {
    return this.#scratch;
  }

  get connected(): boolean {
    return this.element.isConnected;
  }

  /** Positions are relative to the host's own origin (it may sit in a transformed dialog). */
  private origin(): { x: number; y: number } {
    const r = this.element.getBoundingClientRect();
    return { x: r.left, y: r.top };
  }

  place(): void {
    const o = this.origin();
    const e = this.editor.getBoundingClientRect();
    const visible = e.width > 0 && e.height > 0;
    // Bottom right of the part of the box that is on screen: a long draft keeps its badge in view.
    const right = Math.min(e.right, window.innerWidth);
    const bottom = Math.max(e.top + 28, Math.min(e.bottom, window.innerHeight));
    this.#badge.style.left = `${right - o.x - 30}px`;
    this.#badge.style.top = `${bottom - o.y - 28}px`;
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
    this.place();
  }

  showCard(items: CardItem[], text: CardText, at?: { x: number; y: number }): void {
    const doc = this.element.ownerDocument;
    const card = this.#card;
    card.replaceChildren();
    card.setAttribute('aria-label', text.label);
    if (text.note) {
      const p = doc.createElement('p');
      p.textContent = text.note;
      card.append(p);
    }
    for (const { finding } of items) {
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
      if (finding.suggestion) {
        const s = doc.createElement('p');
        s.className = 'suggestion';
        s.textContent = `${text.suggestion}: ${finding.suggestion}`;
        block.append(s);
      }
      card.append(block);
    }
    if (text.more) {
      const p = doc.createElement('p');
      p.textContent = text.more;
      card.append(p);
    }
    const actions = doc.createElement('div');
    actions.className = 'actions';
    const button = (id: CardActionId, label: string, run: () => void) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.dataset.action = id;
      b.textContent = label;
      uiButton(b, run);
      actions.append(b);
    };
    if (text.action) button(text.action.id, text.action.label, text.action.run);
    button('open-panel', text.openPanel, () => this.onOpenPanel());
    button('close', text.close, () => this.hideCard());
    card.append(actions);
    card.hidden = false;
    const o = this.origin();
    const e = this.editor.getBoundingClientRect();
    const x = Math.max(4, Math.min((at?.x ?? e.right - 320) - o.x, window.innerWidth - 330 - o.x));
    const y = (at?.y ?? e.bottom) - o.y + 8;
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  }

  hideCard(): void {
    this.#card.hidden = true;
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
    this.element.remove();
  }
}
