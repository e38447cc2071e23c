/**
 * One compose box's lifetime: read its text after a pause in typing, have it checked, draw the
 * findings over it, and clean up everything when the box goes away. Never writes into the editor:
 * no changed text, no wrapped spans, no moved caret.
 *
 * The page is untrusted and can write text into boxes of its own, focus them and fire events at
 * them. So a box is checked only after the user did something in it (`isTrusted` key, pointer,
 * paste, drop or composition events: a script's focus() and execCommand() give trusted focus and
 * input events, so those two prove nothing), and the request says whether the user typed there
 * (only then may names from the profile count). Clicks that open the card must be trusted too.
 */
import type { Severity, Surface } from '../checker/types';
import { clearHighlights, flashRange, highlightsSupported, setHighlights } from '../highlight/ranges';
import { UiHost, type CardAnchor } from '../highlight/host';
import { textareaRects } from '../highlight/mirror';
import { themeAround, type Theme } from '../highlight/theme';
import { MAX_SENT_CHARS, type CheckRequest } from '../messaging';
import type { ComposeTarget } from '../platforms/types';
import { withAdvice, type WireFinding, type WireReport } from '../wire';
import { extractText, rangeFor, textOffset, type ExtractedText } from './extract';
import { cardOrder, isWholeDraft } from './findings';

/** What the open card shows: the whole report (opened from the badge), or the findings at a clicked place in the text. */
type CardView = { kind: 'report' } | { kind: 'words'; offset: number };

/** Pause in typing before a check. */
export const CHECK_DELAY_MS = 300;
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
/** Findings the badge's card lists; the side panel has them all. */
const CARD_LIMIT = 3;

export interface SessionDeps {
  check(request: CheckRequest): Promise<WireReport | null>;
  closed(editorId: string): void;
  focused(editorId: string): void;
  openSidePanel(): void;
  /** Interface words in the user's language. */
  words: {
    badge(count: number): string;
    badgeNone: string;
    badgeNotFollowUp: string;
    suggestion: string;
    openPanel: string;
    close: string;
    notFollowUp: string;
    checkAnyway: string;
    more(count: number): string;
    limit(checked: number, total: number): string;
    capped(shown: number, total: number): string;
    /** The card's accessible name. */
    cardLabel: string;
  };
}

let nextId = 0;

export class EditorSession {
  readonly id = `e${Date.now().toString(36)}-${nextId++}`;
  private readonly controller = new AbortController();
  private readonly host: UiHost;
  private readonly useOverlay: boolean;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private forced = false;
  private extracted: ExtractedText = { text: '', segments: [] };
  private report: WireReport | null = null;
  private frame = 0;
  private observer: MutationObserver | null = null;
  /** The user acted in this box (a trusted key, pointer, paste, drop or composition event): it may be checked. */
  private armed = false;
  /** The user typed, pasted or dropped text here: names from the profile may count as evidence. */
  private typed = false;
  /** The open card, re-rendered from every new report; null while it is shut. */
  private card: CardView | null = null;
  private theme: Theme = 'light';

  constructor(
    readonly target: ComposeTarget,
    private readonly deps: SessionDeps,
  ) {
    this.host = new UiHost(target.anchor, target.editor);
    this.useOverlay = target.editor instanceof HTMLTextAreaElement || !highlightsSupported();
    this.host.onBadgeClick = () => this.toggleCard();
    this.host.onOpenPanel = () => deps.openSidePanel();
    this.host.onCardClosed = () => {
      this.card = null;
    };
    const signal = this.controller.signal;
    const editor = target.editor;
    editor.addEventListener('input', () => this.schedule(), { signal });
    editor.addEventListener('focus', () => deps.focused(this.id), { signal });
    // The click that focused the box came before this session: its click event is the first sign of the user.
    for (const type of ['pointerdown', 'mousedown', 'click'] as const) {
      editor.addEventListener(type, (e) => this.userActed(e, false), { signal, capture: true });
    }
    for (const type of ['keydown', 'paste', 'drop', 'compositionstart'] as const) {
      editor.addEventListener(type, (e) => this.userActed(e, true), { signal, capture: true });
    }
    // A click on underlined words opens their card: only the user's click, never a script's.
    editor.addEventListener('click', (e) => e.isTrusted && this.cardAtPoint(e), { signal });
    const view = editor.ownerDocument.defaultView ?? window;
    view.addEventListener('scroll', () => this.reposition(), { signal, capture: true, passive: true });
    view.addEventListener('resize', () => this.reposition(), { signal, passive: true });
    editor.addEventListener('scroll', () => this.reposition(), { signal, passive: true });
    // Changes the site makes without an input event (a signature inserted, a draft restored).
    if (!(editor instanceof HTMLTextAreaElement)) {
      this.observer = new MutationObserver(() => this.schedule());
      this.observer.observe(editor, { childList: true, characterData: true, subtree: true });
    }
    deps.focused(this.id);
    this.schedule(0);
  }

  /** Arms checking on the user's own input; `typing` for keys, pastes, drops and compositions. */
  private userActed(event: Event, typing: boolean): void {
    if (!event.isTrusted) return;
    const changed = !this.armed || (typing && !this.typed);
    this.armed = true;
    if (typing) this.typed = true;
    if (changed) this.schedule(event.type === 'keydown' ? CHECK_DELAY_MS : 0);
  }

  get disposed(): boolean {
    return this.controller.signal.aborted;
  }

  /** Still on the page? (closed compose windows and SPA navigation remove the editor) */
  get alive(): boolean {
    return this.target.editor.isConnected && this.host.connected;
  }

  schedule(delay = CHECK_DELAY_MS): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  forceCheck(): void {
    this.forced = true;
    this.schedule(0);
  }

  private read(): ExtractedText {
    const editor = this.target.editor;
    if (editor instanceof HTMLTextAreaElement) return { text: editor.value, segments: [] };
    return extractText(editor, this.target.isExcluded);
  }

  private surface(): Surface {
    // A post only its author can see is not public.
    if ((this.target.surface === 'post' || this.target.surface === 'comment') && this.target.audience?.() === 'only-me') return 'unknown';
    return this.target.surface;
  }

  async run(): Promise<void> {
    // Nothing the user did in this box yet: text a script wrote into it is never checked.
    if (this.disposed || !this.armed) return;
    this.extracted = this.read();
    const text = this.extracted.text;
    const seq = ++this.seq;
    if (!text.trim()) {
      this.report = null;
      this.paint();
      return;
    }
    // A huge paste: send the start the checker reads, and say how long the whole is.
    let sent = text.slice(0, MAX_SENT_CHARS);
    if (sent.length < text.length && /[\uD800-\uDBFF]$/u.test(sent)) sent = sent.slice(0, -1);
    const request: CheckRequest = {
      editorId: this.id,
      seq,
      force: this.forced,
      typed: this.typed,
      totalChars: sent.length < text.length ? text.length : undefined,
      draft: {
        text: sent,
        platform: this.target.platform,
        surface: this.surface(),
        subject: this.target.subject?.()?.slice(0, 1000),
        recipients: this.target.recipients?.().slice(0, 100).map((r) => r.slice(0, 1000)),
      },
    };
    let report: WireReport | null = null;
    try {
      report = await this.deps.check(request);
    } catch {
      report = null; // the extension was reloaded or the background is gone: stay quiet
    }
    // A newer check started meanwhile, or the box went away: drop this answer.
    if (seq !== this.seq || this.disposed) return;
    this.report = report;
    this.paint();
  }

  private visibleFindings(): WireFinding[] {
    return this.report?.applicable ? this.report.findings : [];
  }

  /** Findings drawn in the text: those about words, not about the whole draft. */
  private spanFindings(): WireFinding[] {
    return this.visibleFindings().filter((f) => !isWholeDraft(f));
  }

  private paint(): void {
    const findings = this.visibleFindings();
    const w = this.deps.words;
    this.theme = themeAround(this.target.editor);
    this.host.setTheme(this.theme);
    if (!this.report) this.host.setBadge({ kind: 'hidden' });
    else if (!this.report.applicable) this.host.setBadge({ kind: 'not-follow-up', label: w.badgeNotFollowUp });
    else {
      const worst = SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'none';
      this.host.setBadge({ kind: 'findings', count: findings.length, worst, label: findings.length ? w.badge(findings.length) : w.badgeNone });
    }
    const drawn = this.spanFindings();
    if (this.useOverlay) {
      this.drawOverlay(drawn);
    } else {
      const root = this.target.editor.getRootNode() as Document | ShadowRoot;
      const marks = drawn
        .map((f) => ({ range: rangeFor(this.extracted, f.start, f.end), severity: f.severity }))
        .filter((m): m is { range: Range; severity: Severity } => m.range !== null);
      setHighlights(this, root, marks, this.theme);
    }
    // An open card shows the live report, never the one it was opened on.
    if (this.card && this.host.cardOpen) this.renderCard(this.card);
  }

  /** Underline boxes drawn beside the editor: for textareas, and where the Highlight API is missing. */
  private drawOverlay(findings: WireFinding[]): void {
    const editor = this.target.editor;
    const rectsOf = (f: WireFinding): DOMRect[] => {
      if (editor instanceof HTMLTextAreaElement) return textareaRects(editor, this.host.scratch, f.start, f.end);
      const range = rangeFor(this.extracted, f.start, f.end);
      return range ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
    };
    this.host.drawBoxes(findings.flatMap((f) => rectsOf(f).map((rect) => ({ rect, severity: f.severity }))));
  }

  private reposition(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.disposed) return;
      this.host.place();
      if (this.useOverlay) this.drawOverlay(this.spanFindings());
    });
  }

  private toggleCard(): void {
    if (this.host.cardOpen && this.card?.kind === 'report') {
      this.host.hideCard({ returnFocus: true });
      return;
    }
    this.showCard({ kind: 'report' }, 'badge', true);
  }

  private showCard(view: CardView, anchor: CardAnchor, focus: boolean): void {
    if (!this.renderCard(view)) return;
    this.card = view;
    this.host.openCard(anchor, { focus });
  }

  /** Writes the card for `view` from the current report; false (and the card shut) when it has nothing to say. */
  private renderCard(view: CardView): boolean {
    const w = this.deps.words;
    const report = this.report;
    if (!report) {
      this.host.hideCard({ returnFocus: true });
      return false;
    }
    if (!report.applicable) {
      // A words card has nothing to say about a draft that is not a follow-up: only the badge's card does.
      if (view.kind === 'words') {
        this.host.hideCard();
        return false;
      }
      this.host.renderCard([], {
        ...this.cardWords(),
        note: w.notFollowUp,
        action: { id: 'check-anyway', label: w.checkAnyway, run: () => this.forceCheck() },
      });
      return true;
    }
    if (view.kind === 'words') {
      const hit = this.findingsAt(view.offset);
      if (!hit.length) {
        this.host.hideCard();
        return false;
      }
      this.host.renderCard(
        hit.map((finding) => ({ finding: withAdvice(report, finding) })),
        this.cardWords(),
      );
      return true;
    }
    const findings = cardOrder(this.visibleFindings());
    const shown = findings.slice(0, CARD_LIMIT);
    const { limit, capped } = report;
    const notes = [limit && w.limit(limit.checkedChars, limit.totalChars), capped && w.capped(capped.shown, capped.total)].filter(Boolean);
    this.host.renderCard(
      shown.map((finding) => ({ finding: withAdvice(report, finding) })),
      {
        ...this.cardWords(),
        more: findings.length > shown.length ? w.more(findings.length - shown.length) : undefined,
        note: notes.join(' ') || (findings.length ? undefined : w.badgeNone),
      },
    );
    return true;
  }

  private cardWords() {
    const w = this.deps.words;
    return { label: w.cardLabel, suggestion: w.suggestion, openPanel: w.openPanel, close: w.close };
  }

  /** Underlined findings at a text offset, in the card's order. Whole-draft findings are never hit: they have no words. */
  private findingsAt(offset: number): WireFinding[] {
    return cardOrder(this.spanFindings().filter((f) => f.start <= offset && offset <= f.end));
  }

  /**
   * A click on underlined words opens their card, beside the words; a click anywhere else only
   * places the caret. The card does not take the focus: the user clicked to write there. Reading
   * the click position does not move the caret.
   */
  private cardAtPoint(event: MouseEvent): void {
    let offset: number | null = null;
    const editor = this.target.editor;
    if (editor instanceof HTMLTextAreaElement) {
      offset = editor.selectionStart;
    } else {
      const doc = editor.ownerDocument as Document & {
        caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
        caretRangeFromPoint?(x: number, y: number): Range | null;
      };
      const pos = doc.caretPositionFromPoint?.(event.clientX, event.clientY);
      if (pos) offset = textOffset(this.extracted, pos.offsetNode, pos.offset);
      else {
        const range = doc.caretRangeFromPoint?.(event.clientX, event.clientY);
        if (range) offset = textOffset(this.extracted, range.startContainer, range.startOffset);
      }
    }
    const hit = offset === null ? [] : this.findingsAt(offset);
    if (!hit.length) {
      // The caret went somewhere else: a words card about other words closes; the badge's card stays.
      if (this.card?.kind === 'words') this.host.hideCard();
      return;
    }
    const first = hit[0];
    this.showCard({ kind: 'words', offset: offset! }, this.wordsAnchor(first.start, first.end, event), false);
  }

  /** The box of words in the text, read live (the card follows them as the page scrolls). */
  private wordsAnchor(start: number, end: number, event: MouseEvent): CardAnchor {
    const editor = this.target.editor;
    const at = new DOMRect(event.clientX, event.clientY, 0, 0);
    return {
      getBoundingClientRect: () => {
        if (editor instanceof HTMLTextAreaElement) return textareaRects(editor, this.host.scratch, start, end)[0] ?? at;
        const range = rangeFor(this.extracted, start, end);
        const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
        return rects[0] ?? at;
      },
    };
  }

  /** Scrolls the words into view and shades them briefly. The caret stays where the user left it. */
  reveal(start: number, end: number): void {
    const editor = this.target.editor;
    if (editor instanceof HTMLTextAreaElement) {
      editor.scrollIntoView({ block: 'nearest' });
      return;
    }
    const range = rangeFor(this.extracted, start, end);
    if (!range) return;
    const node = range.startContainer.parentElement;
    node?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flashRange(editor.getRootNode() as Document | ShadowRoot, range, this.theme);
  }

  dispose(): void {
    if (this.disposed) return;
    this.controller.abort();
    clearTimeout(this.timer);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    clearHighlights(this);
    this.host.dispose();
    this.deps.closed(this.id);
  }
}
