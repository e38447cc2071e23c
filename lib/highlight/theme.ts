/**
 * Light or dark: the in-page card and the underlines follow the page they sit on. A page's own
 * colours say more than the system setting (Gmail can be light on a dark system), so the first
 * opaque background behind the editor decides; where every ancestor is transparent, the editor's
 * text colour does (light text means a dark page), and last the page's colour scheme.
 */
export type Theme = 'light' | 'dark';

/** [r, g, b, a] of a computed CSS colour (`rgb(…)`, `rgba(…)`, `#rrggbb`), or null. */
export function parseColour(css: string): [number, number, number, number] | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(css.trim());
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16), 1];
  const value = css.trim();
  if (!/^rgba?\(/u.test(value) || !value.endsWith(')')) return null;
  const parts = value.slice(value.indexOf('(') + 1, -1).split(/[\s,/]+/u).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const [r, g, b] = parts.slice(0, 3).map(Number);
  const a = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : Number(parts[3]);
  return [r, g, b, a].some((n) => Number.isNaN(n)) ? null : [r, g, b, a];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two CSS colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [parseColour(a), parseColour(b)].map((c) => luminance(c ?? [0, 0, 0]));
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const DARK_BELOW = 0.25;

/** The theme of the page around `el`: its first opaque background, else its text colour, else the colour scheme. */
export function themeAround(el: Element): Theme {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let node: Node | null = el; node; ) {
    if (node instanceof view.Element) {
      const bg = parseColour(view.getComputedStyle(node).backgroundColor);
      if (bg && bg[3] >= 0.5) return luminance(bg) < DARK_BELOW ? 'dark' : 'light';
    }
    node = node instanceof view.ShadowRoot ? node.host : node.parentNode;
  }
  const text = parseColour(view.getComputedStyle(el).color);
  if (text && text[3] >= 0.5 && luminance(text) > 0.5) return 'dark';
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
  return scheme.includes('dark') && view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
