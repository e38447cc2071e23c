/**
 * Where words sit inside a textarea: a textarea has no DOM for its text, so a hidden copy with
 * the same box and font is laid out and measured (the usual "mirror" technique). Read-only.
 */

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'tabSize', 'direction', 'textAlign',
] as const;

/** Rectangles (viewport coordinates) covering text[start, end) of a textarea. */
export function textareaRects(textarea: HTMLTextAreaElement, scratch: HTMLElement, start: number, end: number): DOMRect[] {
  const style = getComputedStyle(textarea);
  const mirror = scratch.ownerDocument.createElement('div');
  for (const prop of COPIED) (mirror.style as unknown as Record<string, string>)[prop] = style[prop];
  Object.assign(mirror.style, {
    position: 'absolute',
    visibility: 'hidden',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    overflow: 'hidden',
    left: '0px',
    top: '0px',
  });
  const text = textarea.value;
  mirror.append(text.slice(0, start));
  const mark = scratch.ownerDocument.createElement('span');
  mark.textContent = text.slice(start, end);
  mirror.append(mark, text.slice(end) || '\u200b');
  scratch.append(mirror);
  try {
    const origin = mirror.getBoundingClientRect();
    const box = textarea.getBoundingClientRect();
    return [...mark.getClientRects()]
      .map((r) => new DOMRect(box.left + (r.left - origin.left) - textarea.scrollLeft, box.top + (r.top - origin.top) - textarea.scrollTop, r.width, r.height))
      .filter((r) => r.bottom > box.top && r.top < box.bottom && r.width > 0);
  } finally {
    mirror.remove();
  }
}
