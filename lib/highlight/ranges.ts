/**
 * Underlines with the CSS Custom Highlight API: the page's text is never touched, the browser
 * draws the marks. All compose boxes of a page share the three named highlights; each box
 * owns its ranges in them.
 */
import type { Severity } from '../checker/types';
import { HIGHLIGHT_NAMES, REVEAL_HIGHLIGHT, highlightCss } from './styles';
import type { Theme } from './theme';

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

/**
 * The ::highlight() rules must be in the tree the editor lives in: the document, or a shadow root.
 * Their colours follow the page's theme (the last box painted decides for its tree).
 */
function ensureStyles(root: Document | ShadowRoot, theme: Theme = 'light'): void {
  const existing = root instanceof Document ? root.getElementById(STYLE_ID) : root.querySelector(`#${STYLE_ID}`);
  const css = highlightCss(theme);
  if (existing) {
    if (existing.textContent !== css) existing.textContent = css;
    return;
  }
  const doc = root instanceof Document ? root : (root.ownerDocument ?? document);
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  if (root instanceof Document) (root.head ?? root.documentElement).append(style);
  else root.append(style);
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
export function setHighlights(owner: object, root: Document | ShadowRoot, marks: { range: Range; severity: Severity }[], theme: Theme = 'light'): void {
  ensureStyles(root, theme);
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
export function flashRange(root: Document | ShadowRoot, range: Range, theme: Theme = 'light', ms = 1500): void {
  const r = registry();
  if (!r) return;
  ensureStyles(root, theme);
  r.registry.set(REVEAL_HIGHLIGHT, new r.Highlight(range));
  clearTimeout(revealTimer);
  revealTimer = setTimeout(() => r.registry.delete(REVEAL_HIGHLIGHT), ms);
}
