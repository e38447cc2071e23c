/**
 * Reads the text of an editor as the user sees it, with a map from text offsets back to DOM
 * positions, so findings can be drawn over the exact words. Reading only: nothing is changed.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}

export interface ExtractedText {
  text: string;
  /** Text nodes in document order, with where each starts in `text`. */
  segments: TextSegment[];
}

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'FOLLOWUP-LINT-UI']);

/** The editor's text: text nodes as they are, a line break for <br> and between blocks. */
export function extractText(root: HTMLElement, isExcluded: (node: Node) => boolean = () => false): ExtractedText {
  let text = '';
  const segments: TextSegment[] = [];
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data) {
          segments.push({ node: child as Text, start: text.length });
          text += data;
        }
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (SKIPPED.has(el.tagName) || isExcluded(el)) continue;
      if (el.tagName === 'BR') {
        text += '\n';
        continue;
      }
      const block = BLOCKS.has(el.tagName);
      if (block) newline();
      walk(el);
      if (block) newline();
    }
  };
  walk(root);
  return { text, segments };
}

/** The DOM position of a text offset, or null when it falls outside every text node (on a line break). */
export function domPosition(extracted: ExtractedText, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const { segments } = extracted;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found === -1) return null;
  let seg = segments[found];
  // An end offset that sits exactly at a node's start belongs to the end of the previous node.
  if (preferEnd && offset === seg.start && found > 0) {
    const prev = segments[found - 1];
    if (prev.start + prev.node.data.length === offset) seg = prev;
  }
  const within = offset - seg.start;
  if (within > seg.node.data.length) return null;
  return { node: seg.node, offset: within };
}

/** A DOM Range over [start, end) of the extracted text, or null if the text nodes are gone. */
export function rangeFor(extracted: ExtractedText, start: number, end: number): Range | null {
  const a = domPosition(extracted, start) ?? nextPosition(extracted, start);
  const b = domPosition(extracted, end, true) ?? previousPosition(extracted, end);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

function nextPosition(extracted: ExtractedText, offset: number) {
  const seg = extracted.segments.find((s) => s.start >= offset);
  return seg ? { node: seg.node, offset: 0 } : null;
}

function previousPosition(extracted: ExtractedText, offset: number) {
  const segs = extracted.segments.filter((s) => s.start < offset);
  const seg = segs[segs.length - 1];
  return seg ? { node: seg.node, offset: Math.min(seg.node.data.length, offset - seg.start) } : null;
}

/** The text offset of a DOM position inside the editor (for a click on an underline), or null. */
export function textOffset(extracted: ExtractedText, node: Node, offset: number): number | null {
  const seg = extracted.segments.find((s) => s.node === node);
  return seg ? seg.start + offset : null;
}
