/**
 * Phrase lists are data (data/<lang>/<rule>.json): each entry is the source of a regular
 * expression written in lower case. This module compiles a list once and finds its matches.
 * See data/README.md for the entry syntax.
 */

export type PhraseListData = readonly string[] | Readonly<Record<string, string>>;

export interface PhraseMatch {
  start: number;
  end: number;
  /** The entry (as written in the data file) that matched first at this span. */
  entry: string;
  /** For object-valued lists: the replacement the list gives for the entry. */
  replacement?: string;
}

export interface PhraseList {
  readonly entries: readonly string[];
  /** True when at least one entry matches somewhere in the text. */
  test(text: string): boolean;
  /** Every match; overlapping matches are merged into one span (their union). Sorted by start. */
  find(text: string): PhraseMatch[];
  /** Where the first match in the text is (one scan with the list's alternation), or null. */
  first(text: string): { start: number; end: number } | null;
}

const WORD = String.raw`\p{L}\p{N}\p{M}`;
// A match may not begin right after a word character, unless the entry itself begins with punctuation (#tag, ??).
const OPEN = String.raw`(?:(?<![${WORD}'’])|(?![${WORD}]))`;
// A match may not end right before a word character (or an apostrophe and a letter, as in "you're"),
// unless the entry itself ends with punctuation.
const CLOSE = String.raw`(?:(?![${WORD}]|['’]\p{L})|(?<![${WORD}]))`;

/** Turns one data entry into regular-expression source: groups become non-capturing, spaces match white space. */
export function entryToSource(entry: string, lowerCase = true): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < entry.length; i++) {
    const c = entry[i];
    if (c === '\\') {
      // Copy escapes as they are, with a whole \p{…} property.
      const prop = /^\\[pP]\{[^}]*\}/u.exec(entry.slice(i));
      const escape = prop ? prop[0] : c + (entry[i + 1] ?? '');
      out += escape;
      i += escape.length - 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c === "'" ? "'’" : lowerCase ? lowerChar(c) : c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && entry[i + 1] !== '?') {
      out += '(?:';
    } else if (c === ' ') {
      // "a ?b": the space itself is optional.
      if (entry[i + 1] === '?') {
        out += String.raw`\s*`;
        i++;
      } else {
        out += String.raw`\s+`;
      }
    } else if (c === "'") {
      out += "['’]";
    } else {
      out += lowerCase ? lowerChar(c) : c;
    }
  }
  return out;
}

function lowerChar(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

/**
 * The text in lower case, character for character, so offsets stay the same (a character
 * whose lower case is longer, such as "İ", is kept as it is). Lists are matched against this
 * without the `i` flag: case-insensitive Unicode classes are slow for V8 to compile.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

let lastText = '';
let lastLower = '';
function lowered(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = lowerSameLength(text);
  }
  return lastLower;
}

/**
 * A match never starts on white space: besides being what every entry means, this keeps an entry
 * that may begin with optional words and a space ("(i )?look …") from scanning a long run of
 * white space at every position (quadratic on a draft of blank lines).
 */
function wrap(source: string): string {
  return `${OPEN}(?=\\S)(?:${source})${CLOSE}`;
}

/**
 * The regular expressions a list compiles to, as sources (flags `gu`): one per entry, and the
 * alternation of all of them that answers "any match?". tests/unit/linear.test.ts runs every
 * one through a super-linear-backtracking analysis: a list entry whose shape could backtrack
 * (an unbounded run that can start anywhere, two runs that can split the same white space)
 * fails the build, not the user's browser.
 */
export function compiledSources(data: PhraseListData, options: { caseSensitive?: boolean } = {}): { each: string[]; any: string | null } {
  const entries: readonly string[] = Array.isArray(data) ? data : Object.keys(data);
  const bodies = entries.map((e) => entryToSource(e, options.caseSensitive !== true));
  return { each: bodies.map(wrap), any: bodies.length ? wrap(bodies.map((b) => `(?:${b})`).join('|')) : null };
}

export function compilePhraseList(data: PhraseListData, options: { caseSensitive?: boolean } = {}): PhraseList {
  const isArray = Array.isArray(data);
  const entries: string[] = isArray ? [...(data as readonly string[])] : Object.keys(data);
  const replacements = isArray ? undefined : (data as Readonly<Record<string, string>>);
  const caseSensitive = options.caseSensitive === true;
  const compiled = compiledSources(data, options);
  const sources = compiled.each;
  const prepare = (text: string) => (caseSensitive ? text : lowered(text));
  // One alternation answers "is there any match?" in a single pass; most lists match nothing in a given draft.
  const any = compiled.any === null ? null : new RegExp(compiled.any, 'gu');
  let each: RegExp[] | null = null;

  return {
    entries,
    test(text) {
      if (!any) return false;
      any.lastIndex = 0;
      return any.test(prepare(text));
    },
    first(text) {
      if (!any) return null;
      any.lastIndex = 0;
      const m = any.exec(prepare(text));
      return m ? { start: m.index, end: m.index + m[0].length } : null;
    },
    find(text) {
      if (!this.test(text)) return [];
      each ??= sources.map((s) => new RegExp(s, 'gu'));
      const subject = prepare(text);
      const found: PhraseMatch[] = [];
      each.forEach((re, i) => {
        re.lastIndex = 0;
        for (const m of subject.matchAll(re)) {
          if (m[0].length === 0) continue;
          const entry = entries[i];
          found.push({ start: m.index, end: m.index + m[0].length, entry, replacement: replacements?.[entry] });
        }
      });
      return mergeOverlapping(found);
    },
  };
}

/** Sorts spans and merges those that overlap into their union; the earliest span's other fields are kept. */
export function mergeOverlapping<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) out[out.length - 1] = { ...last, end: s.end };
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
