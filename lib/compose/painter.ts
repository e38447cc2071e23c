/**
 * Draws one compose box's report: the badge's state and the underlines (named highlights, or
 * boxes beside a textarea), in the colours of the page's theme. Only findings about words are
 * drawn; findings about the whole draft are the card's (lib/compose/findings.ts). Reads the
 * editor's layout, never its text: the session gives it the text it read.
 */
import type { Severity } from '../checker/types';
import type { UiHost } from '../highlight/host';
import { textareaRects } from '../highlight/mirror';
import { clearHighlights, highlightsSupported, setHighlights } from '../highlight/ranges';
import { themeAround, type Theme } from '../highlight/theme';
import type { ComposeTarget } from '../platforms/types';
import type { WireFinding, WireReport } from '../wire';
import { rangeFor, type ExtractedText } from './extract';
import { drawnFindings, listedFindings } from './findings';
import type { UiWords } from './words';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export class Painter {
  private readonly useOverlay: boolean;
  private report: WireReport | null = null;
  private extracted: ExtractedText = { text: '', segments: [] };
  /** The page's theme at the last paint. */
  theme: Theme = 'light';

  constructor(
    private readonly target: ComposeTarget,
    private readonly host: UiHost,
    /** The interface words, read at each paint: a language change shows at the next one. */
    private readonly words: () => UiWords,
  ) {
    this.useOverlay = target.editor instanceof HTMLTextAreaElement || !highlightsSupported();
  }

  /** Draws `report` (null: nothing to show) over the text it was made from. */
  paint(report: WireReport | null, extracted: ExtractedText): void {
    this.report = report;
    this.extracted = extracted;
    const findings = listedFindings(report);
    const w = this.words();
    this.theme = themeAround(this.target.editor);
    this.host.setTheme(this.theme);
    if (!report) this.host.setBadge({ kind: 'hidden' });
    else if (!report.applicable) this.host.setBadge({ kind: 'not-follow-up', label: w.badgeNotFollowUp });
    else {
      const worst = SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'none';
      this.host.setBadge({ kind: 'findings', count: findings.length, worst, label: findings.length ? w.badge(findings.length) : w.badgeNone });
    }
    const drawn = drawnFindings(report);
    if (this.useOverlay) {
      this.drawOverlay(drawn);
    } else {
      const root = this.target.editor.getRootNode() as Document | ShadowRoot;
      const marks = drawn
        .map((f) => ({ range: rangeFor(extracted, f.start, f.end), severity: f.severity }))
        .filter((m): m is { range: Range; severity: Severity } => m.range !== null);
      setHighlights(this, root, marks, this.theme);
    }
  }

  /** The page scrolled or resized: the badge and the boxes beside a textarea follow. */
  reposition(): void {
    this.host.place();
    if (this.useOverlay) this.drawOverlay(drawnFindings(this.report));
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

  clear(): void {
    clearHighlights(this);
  }
}
