/**
 * The card: what it says, written from the live report each time one arrives. Opened from the
 * badge it lists the whole report (errors, then warnings, then hints, each in text order; the
 * findings about the whole draft are only here); opened by a click on underlined words it shows
 * the findings about those words. Where it goes and how it takes and gives back the focus is the
 * host's (lib/highlight/host.ts).
 */
import type { RuleId } from '../checker/types';
import type { CardAnchor, CardItem, UiHost } from '../highlight/host';
import { textareaRects } from '../highlight/mirror';
import { splitAdviceSources } from '../sources';
import { withAdvice, type WireFinding, type WireReport } from '../wire';
import { rangeFor, textOffset, type ExtractedText } from './extract';
import { cardOrder, drawnFindings, listedFindings } from './findings';
import type { UiWords } from './words';

/** What the open card shows: the whole report (opened from the badge), or the findings at a clicked place in the text. */
type CardView = { kind: 'report' } | { kind: 'words'; offset: number };

/** Findings the badge's card lists; the side panel has them all. */
const CARD_LIMIT = 3;

/** What the card reads from its session. */
export interface CardSource {
  report(): WireReport | null;
  extracted(): ExtractedText;
  forceCheck(): void;
  turnRuleOff(rule: RuleId): void;
  pauseSite(): void;
}

export class FindingsCard {
  /** What the open card shows; null while it is shut. */
  private view: CardView | null = null;

  constructor(
    private readonly host: UiHost,
    private readonly editor: HTMLElement,
    /** The interface words, read each time the card is written (a language change shows at once). */
    private readonly words: () => UiWords,
    private readonly source: CardSource,
  ) {
    host.onBadgeClick = () => this.toggle();
    host.onCardClosed = () => {
      this.view = null;
    };
  }

  /** A new report arrived: an open card shows it, never the one it was opened on. */
  refresh(): void {
    if (this.view && this.host.cardOpen) this.render(this.view);
  }

  /** Opens the badge's card with the focus in it; an open card only takes the focus. */
  open(): void {
    if (this.host.cardOpen && this.view?.kind === 'report') this.host.focusCard();
    else this.show({ kind: 'report' }, 'badge', true);
  }

  toggle(): void {
    if (this.host.cardOpen && this.view?.kind === 'report') {
      this.host.hideCard({ returnFocus: true });
      return;
    }
    this.show({ kind: 'report' }, 'badge', true);
  }

  private show(view: CardView, anchor: CardAnchor, focus: boolean): void {
    if (!this.render(view)) return;
    this.view = view;
    this.host.openCard(anchor, { focus });
  }

  /** Writes the card for `view` from the current report; false (and the card shut) when it has nothing to say. */
  private render(view: CardView): boolean {
    const w = this.words();
    const report = this.source.report();
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
        action: { id: 'check-anyway', label: w.checkAnyway, run: () => this.source.forceCheck() },
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
        hit.map((finding) => this.item(report, finding)),
        this.cardWords(),
      );
      return true;
    }
    const findings = cardOrder(listedFindings(report));
    const shown = findings.slice(0, CARD_LIMIT);
    const { limit, capped } = report;
    const notes = [limit && w.limit(limit.checkedChars, limit.totalChars), capped && w.capped(capped.shown, capped.total)].filter(Boolean);
    this.host.renderCard(
      shown.map((finding) => this.item(report, finding)),
      {
        ...this.cardWords(),
        more: findings.length > shown.length ? w.more(findings.length - shown.length) : undefined,
        note: notes.join(' ') || (findings.length ? undefined : w.badgeNone),
      },
    );
    return true;
  }

  /** A finding with its advice, the advice's numbered sources replaced by the articles' names. */
  private item(report: WireReport, finding: WireFinding): CardItem {
    const { text, sources } = splitAdviceSources(withAdvice(report, finding).advice);
    const w = this.words();
    return {
      finding: { ...finding, advice: text },
      sources: w.sources(sources) || undefined,
      // Checking less is the user's own click, undone in the options (the rule's switch).
      action: { id: 'rule-off', label: w.ruleOff, run: () => this.source.turnRuleOff(finding.rule) },
    };
  }

  private cardWords() {
    const w = this.words();
    return {
      label: w.cardLabel,
      suggestion: w.suggestion,
      openPanel: w.openPanel,
      close: w.close,
      actions: [{ id: 'pause-site' as const, label: w.pauseSite, run: () => this.source.pauseSite() }],
    };
  }

  /** Underlined findings at a text offset, in the card's order. Whole-draft findings are never hit: they have no words. */
  private findingsAt(offset: number): WireFinding[] {
    return cardOrder(drawnFindings(this.source.report()).filter((f) => f.start <= offset && offset <= f.end));
  }

  /**
   * A click on underlined words opens their card, beside the words; a click anywhere else only
   * places the caret. The card does not take the focus: the user clicked to write there. Reading
   * the click position does not move the caret.
   */
  atPoint(event: MouseEvent): void {
    let offset: number | null = null;
    const editor = this.editor;
    if (editor instanceof HTMLTextAreaElement) {
      offset = editor.selectionStart;
    } else {
      const doc = editor.ownerDocument as Document & {
        caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
        caretRangeFromPoint?(x: number, y: number): Range | null;
      };
      const pos = doc.caretPositionFromPoint?.(event.clientX, event.clientY);
      if (pos) offset = textOffset(this.source.extracted(), pos.offsetNode, pos.offset);
      else {
        const range = doc.caretRangeFromPoint?.(event.clientX, event.clientY);
        if (range) offset = textOffset(this.source.extracted(), range.startContainer, range.startOffset);
      }
    }
    const hit = offset === null ? [] : this.findingsAt(offset);
    if (!hit.length) {
      // The caret went somewhere else: a words card about other words closes; the badge's card stays.
      if (this.view?.kind === 'words') this.host.hideCard();
      return;
    }
    const first = hit[0];
    this.show({ kind: 'words', offset: offset! }, this.wordsAnchor(first.start, first.end, event), false);
  }

  /** The box of words in the text, read live (the card follows them as the page scrolls). */
  private wordsAnchor(start: number, end: number, event: MouseEvent): CardAnchor {
    const editor = this.editor;
    const at = new DOMRect(event.clientX, event.clientY, 0, 0);
    return {
      getBoundingClientRect: () => {
        if (editor instanceof HTMLTextAreaElement) return textareaRects(editor, this.host.scratch, start, end)[0] ?? at;
        const range = rangeFor(this.source.extracted(), start, end);
        const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
        return rects[0] ?? at;
      },
    };
  }

}
