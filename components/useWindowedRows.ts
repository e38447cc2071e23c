/**
 * Windowing for a long list in a page that scrolls: render only the rows in or near the
 * viewport, and pad the list above and below by the height of the rows left out, so the
 * scrollbar and the positions stay those of the whole list. Row heights are measured once a row
 * has been drawn; rows never drawn count as an estimate. Keyboard users reach every row: the
 * rows next to the focused one are always rendered, so Tab and Shift+Tab always find the next
 * one, and the browser scrolls it into view, which moves the window along.
 *
 * Written here rather than taken from a library: the list is split in severity groups with a
 * heading each and keeps its ul/li semantics (one padded list per group), and it is at most 200
 * rows (check.ts caps a report), so measuring all drawn rows on every render costs nothing.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';

/** Height of a finding card not yet measured: a message, an excerpt, three lines of advice and a button. */
export const ESTIMATED_ROW_PX = 160;
/** Rows within this distance of the viewport are rendered too, so a quick scroll does not show blank space. */
export const OVERSCAN_PX = 600;

export interface RowWindow {
  /** Rows start … end - 1 are rendered. */
  start: number;
  end: number;
  /** Padding standing for the rows above and below. */
  padTop: number;
  padBottom: number;
  /** For the list's onFocus: keeps the rows next to the focused one rendered. */
  onFocus(event: FocusEvent): void;
}

/**
 * `keys[i]` identifies row i (its measured height follows it when the list changes); rendered
 * rows carry `data-index` (their index) and `data-key` as direct children of the list.
 */
export function useWindowedRows(listRef: RefObject<HTMLElement | null>, keys: readonly string[], enabled: boolean): RowWindow {
  const heights = useRef(new Map<string, number>());
  const gap = useRef(0);
  const [view, setView] = useState(() => ({ top: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight }));
  const [focused, setFocused] = useState<number | null>(null);
  const [, setMeasured] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const read = () => {
      const list = listRef.current;
      if (list) setView({ top: -list.getBoundingClientRect().top, height: window.innerHeight });
    };
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        read();
        // The browser has scrolled (the focused row into view, or where the user went): the viewport leads again.
        setFocused(null);
      });
    };
    read();
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [enabled, listRef]);

  // Measure the rows just drawn; a changed height renders again with the new positions.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!enabled || !list) return;
    gap.current = parseFloat(getComputedStyle(list).rowGap) || 0;
    let changed = false;
    for (const row of list.children) {
      const key = (row as HTMLElement).dataset.key;
      const height = row.getBoundingClientRect().height;
      if (key && height > 0 && heights.current.get(key) !== height) {
        heights.current.set(key, height);
        changed = true;
      }
    }
    if (changed) setMeasured((n) => n + 1);
  });

  const onFocus = useCallback((event: FocusEvent) => {
    const row = (event.target as Element).closest?.('[data-index]');
    if (row instanceof HTMLElement) setFocused(Number(row.dataset.index));
  }, []);

  const n = keys.length;
  const heightOf = (i: number) => heights.current.get(keys[i]) ?? ESTIMATED_ROW_PX;
  const tops: number[] = [];
  let y = 0;
  for (let i = 0; i < n; i++) {
    tops.push(y);
    y += heightOf(i) + gap.current;
  }
  const total = Math.max(0, y - gap.current);

  /** The rows that reach into from … to, and one more on each side. */
  const rowsIn = (from: number, to: number): [number, number] => {
    let start = 0;
    while (start < n && tops[start] + heightOf(start) < from) start++;
    let end = start;
    while (end < n && tops[end] <= to) end++;
    return [Math.max(0, start - 1), Math.min(n, end + 1)];
  };

  let [start, end] = enabled ? rowsIn(view.top - OVERSCAN_PX, view.top + view.height + OVERSCAN_PX) : [0, n];
  if (enabled && focused !== null && focused < n && (Math.max(0, focused - 1) < start || Math.min(n, focused + 2) > end)) {
    // Focus went where the viewport is not (yet): render around the focused row instead.
    [start, end] = rowsIn(tops[focused] - view.height / 2 - OVERSCAN_PX, tops[focused] + view.height / 2 + OVERSCAN_PX);
  }
  const padTop = start < n ? tops[start] : 0;
  const padBottom = end > 0 ? total - (tops[end - 1] + heightOf(end - 1)) : 0;
  return { start, end, padTop, padBottom, onFocus };
}
