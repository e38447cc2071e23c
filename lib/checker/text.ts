/**
 * Text handling shared by all rules: which part of a draft is the user's own words,
 * words, sentences and lines. Offsets are always UTF-16 offsets into the original text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
}

/**
 * Lines in every line-ending convention: "\r\n", "\n", "\r", U+2028 and U+2029. Every pattern
 * below that reasons about lines is applied to one line at a time, so no pattern can run past a
 * line break it does not know about (a "[^\n]*" runs straight through "\r" and U+2028).
 */
export function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      out.push({ start, end: i });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

// Each pattern is tried once per line, anchored at its start, on that line alone.
// "On Tue, 12 Mar 2024 at 16:05, Mads <m@x.dk> wrote:" and its German and Scandinavian forms;
// mail programs often wrap the line, so "wrote …:" may be on the next line.
const ATTRIBUTION_START = /^[ \t]*(?:on|am|den|d\.|le|el|op|på|tor|ons|man|tir|fre|lør|søn)(?![\p{L}\p{N}])/iu;
const ATTRIBUTION_VERB = /(?<![\p{L}\p{N}])(?:wrote|schrieb|skrev|a écrit)(?![\p{L}\p{N}])/iu;
const FORWARD_MARKER =
  /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|oprindelig meddelelse|videresendt meddelelse|opprinnelig melding|videresendt melding|ursprungligt meddelande|vidarebefordrat meddelande)[ \t]*-{2,}[ \t]*$/iu;
// Outlook-style header block: "From: …" followed by "Sent:"/"Date:" within the next three lines.
const HEADER_FROM = /^[ \t]*(?:from|von|fra|från)[ \t]*:/iu;
const HEADER_SENT = /^[ \t]*(?:sent|date|gesendet|datum|sendt|dato|skickat)[ \t]*:/iu;
const SIGNATURE = /^-- ?$/u;
const QUOTED = /^\s*>/u;

/** Does the line end with a colon (white space after it allowed)? */
function endsWithColon(line: string): boolean {
  return line.trimEnd().endsWith(':');
}

/** The line where the text stops being the user's own words: an attribution, a forwarded or header block, a signature. */
function endOfOwnText(text: string, lines: Span[]): number {
  const line = (i: number) => text.slice(lines[i].start, lines[i].end);
  for (let i = 0; i < lines.length; i++) {
    const l = line(i);
    if (SIGNATURE.test(l) || FORWARD_MARKER.test(l)) return lines[i].start;
    const start = ATTRIBUTION_START.exec(l);
    if (start) {
      // "wrote …:" after the opening word on this line, or on the next one.
      const rest = l.slice(start[0].length);
      if (ATTRIBUTION_VERB.test(rest) && endsWithColon(rest)) return lines[i].start;
      if (i + 1 < lines.length) {
        const next = line(i + 1);
        if (ATTRIBUTION_VERB.test(next) && endsWithColon(next)) return lines[i].start;
      }
    }
    if (HEADER_FROM.test(l)) {
      for (let j = i + 1; j <= i + 3 && j < lines.length; j++) if (HEADER_SENT.test(line(j))) return lines[i].start;
    }
  }
  return text.length;
}

/**
 * Blanks out the parts of a draft that are not the user's new words: lines quoted with ">",
 * a trailing "On … wrote:" block, a forwarded or Outlook header block and everything after it,
 * and a signature after a "-- " line. Blanked characters become spaces (line breaks are kept),
 * so every offset in the result is an offset into the original text. Linear in the text's length:
 * each line is looked at a bounded number of times.
 */
export function maskNonOwnText(text: string): string {
  const lines = lineSpans(text);
  const cut = endOfOwnText(text, lines);
  let out = '';
  let at = 0;
  for (const { start, end } of lines) {
    if (start >= cut) break;
    if (QUOTED.test(text.slice(start, end))) {
      out += text.slice(at, start) + ' '.repeat(end - start);
      at = end;
    }
  }
  return out + text.slice(at, cut) + blank(text.slice(cut));
}

function blank(s: string): string {
  return s.replace(/[^\n\r\u2028\u2029]/gu, ' ');
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Intl.Segmenter slows down on long strings (superlinear in V8): feed it pieces of at most this many characters. */
const SEGMENT_CHUNK = 2000;

/** Word-like tokens (letters or digits), as Intl.Segmenter sees them for the language. */
export function segmentWords(text: string, locale = 'en'): Token[] {
  const out: Token[] = [];
  const segmenter = wordSegmenter(locale);
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + SEGMENT_CHUNK);
    if (to < text.length) {
      // Cut at white space so no word is split; a chunk with none is cut where it is.
      let space = to - 1;
      while (space > from && !isSpace(text[space])) space--;
      if (space > from) to = space + 1;
    }
    for (const seg of segmenter.segment(text.slice(from, to))) {
      if (seg.isWordLike) out.push({ text: seg.segment, start: from + seg.index, end: from + seg.index + seg.segment.length });
    }
    from = to;
  }
  return out;
}

/** The first or last line that has something on it, without surrounding white space. */
export function firstLine(text: string): Token | null {
  for (const { start, end } of lineSpans(text)) {
    const t = trimmed(start, end, text);
    if (t.start < t.end) return t;
  }
  return null;
}

export function lastLine(text: string): Token | null {
  const lines = allLines(text);
  return lines.length ? lines[lines.length - 1] : null;
}

/** Every non-empty line, trimmed. */
export function allLines(text: string): Token[] {
  const out: Token[] = [];
  for (const { start, end } of lineSpans(text)) {
    const t = trimmed(start, end, text);
    if (t.start < t.end) out.push(t);
  }
  return out;
}

const SPACE = /\s/u;
function isSpace(c: string): boolean {
  return SPACE.test(c);
}

function trimmed(start: number, end: number, text: string): Token {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’»)]';

/**
 * Where the sentence-ending punctuation that starts at `i` ends: a run of . ! ? … and any closing
 * quotes or brackets, followed by white space or the end of the line; -1 if it does not end a
 * sentence there. `next` is where to look again, past the whole run: every position inside a run
 * has the same answer, so a line of ten thousand dots is read once, not once per dot.
 */
function terminatorAt(line: string, i: number): { end: number; next: number } {
  let j = i;
  while (j < line.length && TERMINATORS.includes(line[j])) j++;
  let k = j;
  while (k < line.length && CLOSERS.includes(line[k])) k++;
  return { end: k === line.length || isSpace(line[k]) ? k : -1, next: k };
}

/**
 * Splits text into sentences. A sentence ends at . ! ? … followed by white space, and at
 * every line break. A known abbreviation ("Dr.", "z. B.", "f.eks.") or, outside English,
 * a number with a dot (ordinals: "3. april") does not end a sentence.
 */
export function segmentSentences(text: string, abbreviations: RegExp | null, numbersAreOrdinals: boolean): Token[] {
  const out: Token[] = [];
  const push = (s: number, e: number) => {
    const t = trimmed(s, e, text);
    if (LETTER_OR_DIGIT.test(t.text)) out.push(t);
  };
  for (const line of lineSpans(text)) {
    const base = line.start;
    const s = text.slice(line.start, line.end);
    let start = 0;
    for (let i = 0; i < s.length; ) {
      if (!TERMINATORS.includes(s[i])) {
        i++;
        continue;
      }
      const { end, next } = terminatorAt(s, i);
      const dot = i;
      i = next;
      if (end < 0) continue;
      // A lone "." may belong to an abbreviation, an initial or an ordinal.
      if (end - dot === 1 && s[dot] === '.' && !endsSentence(s, dot, abbreviations, numbersAreOrdinals)) continue;
      push(base + start, base + end);
      start = end;
    }
    push(base + start, base + s.length);
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function endsSentence(line: string, dot: number, abbreviations: RegExp | null, numbersAreOrdinals: boolean): boolean {
  const before = line.slice(Math.max(0, dot - 24), dot);
  const word = trailing(before, before.length, (c) => c === '.' || LETTER_OR_DIGIT.test(c));
  if (numbersAreOrdinals && /^\p{N}+$/u.test(word)) return false;
  if (abbreviations && abbreviations.test(before)) return false;
  // The first dot of a spaced abbreviation ("t. ex.", "bl. a."): the text up to the next dot is one.
  const next = dot + 1 + line.slice(dot + 1, dot + 7).indexOf('.');
  if (abbreviations && next > dot && abbreviations.test(line.slice(Math.max(0, dot - 24), next))) return false;
  // An initial ("J. Smith", "Anna K. Berg") follows nothing or a name, and the first letter of a
  // spaced abbreviation ("z. B.", "u. a.") has another letter and dot after it; "klasse B." ends a sentence.
  if (/^\p{L}$/u.test(word)) {
    // The word before the one that ends at the dot, if any.
    let end = before.length - trailing(before, before.length, (c) => !isSpace(c)).length;
    const gap = trailing(before, end, isSpace).length;
    end -= gap;
    const previous = gap ? trailing(before, end, (c) => !isSpace(c)) || undefined : undefined;
    if (previous === undefined || /^\p{Lu}/u.test(previous) || /^\s*\p{L}\./u.test(line.slice(dot + 1, dot + 8))) return false;
  }
  // "e.g. the": a lower-case word next is a strong sign the dot did not end the sentence.
  // (a short look ahead: a long line must not be copied at every dot)
  const after = line.slice(dot + 1, dot + 40).trimStart();
  if (after && /^\p{Ll}/u.test(after) && /\./u.test(word)) return false;
  return true;
}

/** The run of characters that pass `test` and end at `end`. */
function trailing(s: string, end: number, test: (c: string) => boolean): string {
  let start = end;
  while (start > 0 && test(s[start - 1])) start--;
  return s.slice(start, end);
}

/** Compiles a language's abbreviation list into a test for "text ends with an abbreviation". */
export function compileAbbreviations(list: readonly string[]): RegExp | null {
  if (!list.length) return null;
  return new RegExp(`(?<![\\p{L}])(?:${list.join('|')})$`, 'iu');
}
