/**
 * The extension's own element beside a compose box: `<followup-lint-ui>`, inserted after the
 * box's container (never inside the editor), with everything in its shadow root — the badge,
 * the explanation card and, for textareas, the underline boxes. Styles stay inside; the site's
 * styles stay out. All text is set with textContent: draft text never becomes markup.
 */
import type { Finding, Severity } from '../checker/types';
import { UI_CSS } from './styles';

export const HOST_TAG = 'followup-lint-ui';

export interface CardItem {
  finding: Finding;
}

export interface CardText {
  suggestion: string;
  openPanel: string;
  close: string;
  more?: string;
  note?: string;
  action?: { label: string; run: () => void };
}

export type BadgeState = { kind: 'hidden' } | { kind: 'not-follow-up'; label: string } | { kind: 'findings'; count: number; worst: Severity | 'none'; label: string };

export class UiHost {
  readonly element: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly layer: HTMLElement;
  private readonly boxes: HTMLElement;
  readonly scratch: HTMLElement;
  private readonly badge: HTMLButtonElement;
  private readonly card: HTMLElement;
  onBadgeClick: () => void = () => {};
  onOpenPanel: () => void = () => {};

  constructor(anchor: Element, private readonly editor: HTMLElement) {
    const doc = anchor.ownerDocument;
    this.element = doc.createElement(HOST_TAG);
    this.element.setAttribute('data-findings', '0');
    this.shadow = this.element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.boxes = doc.createElement('div');
    this.scratch = doc.createElement('div');
    this.badge = doc.createElement('button');
    this.badge.className = 'badge';
    this.badge.type = 'button';
    this.badge.hidden = true;
    this.badge.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      this.onBadgeClick();
    });
    // Keep focus in the editor: the badge must not steal the caret.
    this.badge.addEventListener('mousedown', (e) => e.preventDefault());
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.hidden = true;
    this.card.setAttribute('role', 'dialog');
    this.layer.append(this.boxes, this.badge, this.card, this.scratch);
    this.shadow.append(style, this.layer);
    anchor.after(this.element);
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
    this.badge.style.left = `${right - o.x - 30}px`;
    this.badge.style.top = `${bottom - o.y - 28}px`;
    this.badge.style.visibility = visible ? 'visible' : 'hidden';
  }

  setBadge(state: BadgeState): void {
    if (state.kind === 'hidden') {
      this.badge.hidden = true;
      this.element.setAttribute('data-findings', '0');
      this.element.removeAttribute('data-worst');
      this.hideCard();
      return;
    }
    this.badge.hidden = false;
    this.badge.setAttribute('aria-label', state.label);
    this.badge.title = state.label;
    if (state.kind === 'not-follow-up') {
      this.badge.dataset.state = 'not-follow-up';
      this.badge.dataset.worst = 'none';
      this.badge.textContent = '–';
      this.element.setAttribute('data-findings', '0');
      this.element.setAttribute('data-worst', 'none');
    } else {
      delete this.badge.dataset.state;
      this.badge.dataset.worst = state.worst;
      this.badge.textContent = state.count ? String(state.count) : '✓';
      this.element.setAttribute('data-findings', String(state.count));
      this.element.setAttribute('data-worst', state.worst);
    }
    this.place();
  }

  showCard(items: CardItem[], text: CardText, at?: { x: number; y: number }): void {
    const doc = this.element.ownerDocument;
    this.card.replaceChildren();
    if (text.note) {
      const p = doc.createElement('p');
      p.textContent = text.note;
      this.card.append(p);
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
      this.card.append(block);
    }
    if (text.more) {
      const p = doc.createElement('p');
      p.textContent = text.more;
      this.card.append(p);
    }
    const actions = doc.createElement('div');
    actions.className = 'actions';
    const button = (label: string, run: () => void) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('mousedown', (e) => e.preventDefault());
      b.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        run();
      });
      actions.append(b);
    };
    if (text.action) button(text.action.label, text.action.run);
    button(text.openPanel, () => this.onOpenPanel());
    button(text.close, () => this.hideCard());
    this.card.append(actions);
    this.card.hidden = false;
    const o = this.origin();
    const e = this.editor.getBoundingClientRect();
    const x = Math.max(4, Math.min((at?.x ?? e.right - 320) - o.x, window.innerWidth - 330 - o.x));
    const y = (at?.y ?? e.bottom) - o.y + 8;
    this.card.style.left = `${x}px`;
    this.card.style.top = `${y}px`;
  }

  hideCard(): void {
    this.card.hidden = true;
  }

  get cardOpen(): boolean {
    return !this.card.hidden;
  }

  /** Underline boxes for editors the Highlight API cannot mark (textareas). Viewport coordinates in. */
  drawBoxes(boxes: { rect: DOMRect; severity: Severity }[]): void {
    const o = this.origin();
    const doc = this.element.ownerDocument;
    this.boxes.replaceChildren(
      ...boxes.map(({ rect, severity }) => {
        const d = doc.createElement('div');
        d.className = 'box';
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
