/**
 * One compose box's lifetime: read its text after a pause in typing, have it checked, hand the
 * report to the painter (badge and underlines, lib/compose/painter.ts) and the card
 * (lib/compose/card.ts), and clean up everything when the box goes away. Never writes into the
 * editor: no changed text, no wrapped spans, no moved caret.
 *
 * The page is untrusted and can write text into boxes of its own, focus them and fire events at
 * them. So a box is checked only after the user did something in it (`isTrusted` key, pointer,
 * paste, drop or composition events: a script's focus() and execCommand() give trusted focus and
 * input events, so those two prove nothing), and the request says whether the user typed there
 * (only then may names from the profile count). Clicks that open the card must be trusted too.
 */
import type { RuleId, Surface } from '../checker/types';
import { UiHost } from '../highlight/host';
import { flashRange } from '../highlight/ranges';
import { MAX_SENT_CHARS, type CheckRequest } from '../messaging';
import type { ComposeTarget } from '../platforms/types';
import type { WireReport } from '../wire';
import { FindingsCard } from './card';
import { extractText, rangeFor, type ExtractedText } from './extract';
import { Painter } from './painter';
import type { UiWords } from './words';

/** Pause in typing before a check. */
export const CHECK_DELAY_MS = 300;

export interface SessionDeps {
  check(request: CheckRequest): Promise<WireReport | null>;
  closed(editorId: string): void;
  focused(editorId: string): void;
  openSidePanel(): void;
  /** The user turned a rule off, or paused checking on this site, from the card. */
  turnRuleOff(rule: RuleId): void;
  pauseSite(): void;
  /** Interface words in the user's language, read at paint time (the language can change while a box is open). */
  words: () => UiWords;
}

let nextId = 0;

export class EditorSession {
  readonly id = `e${Date.now().toString(36)}-${nextId++}`;
  private readonly controller = new AbortController();
  private readonly host: UiHost;
  private readonly painter: Painter;
  private readonly card: FindingsCard;
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

  constructor(
    readonly target: ComposeTarget,
    private readonly deps: SessionDeps,
  ) {
    this.host = new UiHost(target.anchor, target.editor);
    this.painter = new Painter(target, this.host, deps.words);
    this.card = new FindingsCard(this.host, target.editor, deps.words, {
      report: () => this.report,
      extracted: () => this.extracted,
      forceCheck: () => this.forceCheck(),
      turnRuleOff: (rule) => deps.turnRuleOff(rule),
      pauseSite: () => deps.pauseSite(),
    });
    this.host.onOpenPanel = () => deps.openSidePanel();
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
    editor.addEventListener('click', (e) => e.isTrusted && this.card.atPoint(e), { signal });
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

  /** The keyboard shortcut: the badge's card, the focus in it. */
  openCard(): void {
    this.card.open();
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
      // An emptied box has no draft: the side panel, the popup and the toolbar count stop showing the old one.
      this.deps.closed(this.id);
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

  private paint(): void {
    this.painter.paint(this.report, this.extracted);
    this.card.refresh();
  }

  private reposition(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.disposed) this.painter.reposition();
    });
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
    flashRange(editor.getRootNode() as Document | ShadowRoot, range, this.painter.theme);
  }

  dispose(): void {
    if (this.disposed) return;
    this.controller.abort();
    clearTimeout(this.timer);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.painter.clear();
    this.host.dispose();
    this.deps.closed(this.id);
  }
}
