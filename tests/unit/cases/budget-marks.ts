/**
 * Helpers for the too-long tables: mark where a long draft passes its budget. Test drafts use
 * plain words only (no digits, hyphens or apostrophes), so every way of counting agrees.
 */

const WORD = /[\p{L}\p{N}]+/gu;

export /** Marks everything from the word after the first `budget` words to the end of the last word. */
function markPastWords(text: string, budget: number): string {
  const words = [...text.matchAll(WORD)];
  if (words.length <= budget) throw new Error(`only ${words.length} words, budget ${budget}`);
  const start = words[budget].index!;
  const last = words[words.length - 1];
  const end = last.index! + last[0].length;
  return `${text.slice(0, start)}[[${text.slice(start, end)}]]${text.slice(end)}`;
}

export /** Marks everything from character `budget` of a trimmed connection note to its end. */
function markPastChars(text: string, budget: number): string {
  if (text !== text.trim() || text.length <= budget) throw new Error('note must be trimmed and over budget');
  return `${text.slice(0, budget)}[[${text.slice(budget)}]]`;
}

export function countWords(text: string): number {
  return [...text.matchAll(WORD)].length;
}

export function under(text: string, budget: number): string {
  const n = countWords(text);
  if (n >= budget - 10) throw new Error(`valid too-long case has ${n} words, budget ${budget}`);
  return text;
}

export function underChars(text: string, budget: number): string {
  if (text.trim().length >= budget) throw new Error(`valid note has ${text.trim().length} characters, budget ${budget}`);
  return text;
}
