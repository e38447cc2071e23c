/**
 * Underlines with the CSS Custom Highlight API: the page's text is never touched, the browser
 * draws the marks. All compose boxes of a page share the three named highlights; each box
 * owns its ranges in them.
 */
import type { Severity } from '../checker/types';
import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES, REVEAL_HIGHLIGHT } from './styles';

type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): void; clear(): void; size: number };
interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function registry(): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const css = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

export function highlightsSupported(): boolean {
  return registry() !== null;
}

const STYLE_ID = 'followup-lint-highlight-style';

/** The ::highlight() rules must be in the tree the editor lives in: the document, or a shadow root. */
function ensureStyles(root: Document | ShadowRoot): void {
  if (root instanceof Document) {
    if (root.getElementById(STYLE_ID)) return;
    const style = root.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    (root.head ?? root.documentElement).append(style);
  } else if (!root.querySelector(`#${STYLE_ID}`)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    root.append(style);
  }
}

const owners = new Map<object, Map<Severity, Range[]>>();

function redraw(): void {
  const r = registry();
  if (!r) return;
  for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
    const ranges = [...owners.values()].flatMap((m) => m.get(severity) ?? []);
    if (ranges.length) r.registry.set(HIGHLIGHT_NAMES[severity], new r.Highlight(...ranges));
    else r.registry.delete(HIGHLIGHT_NAMES[severity]);
  }
}

/** Sets (replaces) one owner's underlines. */
export function setHighlights(owner: object, root: Document | ShadowRoot, marks: { range: Range; severity: Severity }[]): void {
  ensureStyles(root);
  const bySeverity = new Map<Severity, Range[]>();
  for (const m of marks) {
    const list = bySeverity.get(m.severity) ?? [];
    list.push(m.range);
    bySeverity.set(m.severity, list);
  }
  owners.set(owner, bySeverity);
  redraw();
}

export function clearHighlights(owner: object): void {
  if (owners.delete(owner)) redraw();
}

/** Number of ranges currently drawn, per highlight name (for tests and leak checks). */
export function highlightCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
    counts[HIGHLIGHT_NAMES[severity]] = [...owners.values()].reduce((n, m) => n + (m.get(severity)?.length ?? 0), 0);
  }
  return counts;
}

let revealTimer: ReturnType<typeof setTimeout> | undefined;
/** Briefly shades a range (the side panel's "show in the editor"), without moving the caret. */
export function flashRange(root: Document | ShadowRoot, range: Range, ms = 1500): void {
  const r = registry();
  if (!r) return;
  ensureStyles(root);
  r.registry.set(REVEAL_HIGHLIGHT, new r.Highlight(range));
  clearTimeout(revealTimer);
  revealTimer = setTimeout(() => r.registry.delete(REVEAL_HIGHLIGHT), ms);
}
