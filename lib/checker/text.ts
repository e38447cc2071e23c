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

// "On Tue, 12 Mar 2024 at 16:05, Mads <m@x.dk> wrote:" and its German and Scandinavian forms.
// Mail programs often wrap the line, so the attribution may span two lines.
const ATTRIBUTION =
  /^[ \t]*(on|am|den|d\.|le|el|op|på|tor|ons|man|tir|fre|lør|søn)\b[^\n]*(\n[^\n]*)?\b(wrote|schrieb|skrev|skrev følgende|a écrit)\b[^\n]*:\s*$/imu;
const FORWARD_MARKER =
  /^[ \t]*-{2,}[ \t]*(original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|oprindelig meddelelse|videresendt meddelelse|opprinnelig melding|videresendt melding|ursprungligt meddelande|vidarebefordrat meddelande)\s*-{2,}\s*$/imu;
// Outlook-style header block: "From: …" followed by "Sent:"/"Date:" within the next lines.
const HEADER_BLOCK = /^[ \t]*(from|von|fra|från)[ \t]*:[^\n]*\n(?:[^\n]*\n){0,2}[ \t]*(sent|date|gesendet|datum|sendt|dato|skickat)[ \t]*:/imu;

/**
 * Blanks out the parts of a draft that are not the user's new words: lines quoted with ">",
 * a trailing "On … wrote:" block, a forwarded or Outlook header block and everything after it,
 * and a signature after a "-- " line. Blanked characters become spaces (line breaks are kept),
 * so every offset in the result is an offset into the original text.
 */
export function maskNonOwnText(text: string): string {
  let cut = text.length;
  for (const re of [ATTRIBUTION, FORWARD_MARKER, HEADER_BLOCK]) {
    const m = re.exec(text);
    if (m && m.index < cut) cut = m.index;
  }
  // Signature delimiter: a line that is exactly "-- " (or "--").
  const sig = /^-- ?$/m.exec(text);
  if (sig && sig.index < cut) cut = sig.index;

  const head = text
    .slice(0, cut)
    .split('\n')
    .map((line) => (/^\s*>/u.test(line) ? blank(line) : line))
    .join('\n');
  return head + blank(text.slice(cut));
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
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
      const space = text.slice(from, to).search(/\s\S*$/u);
      if (space > 0) to = from + space + 1;
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
  const m = /\S[^\n]*/u.exec(text);
  return m ? trimmed(m.index, m.index + m[0].length, text) : null;
}

export function lastLine(text: string): Token | null {
  const lines = allLines(text);
  return lines.length ? lines[lines.length - 1] : null;
}

/** Every non-empty line, trimmed. */
export function allLines(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) {
    if (/\S/u.test(m[0])) out.push(trimmed(m.index, m.index + m[0].length, text));
  }
  return out;
}

function trimmed(start: number, end: number, text: string): Token {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

const TERMINATOR = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;

/**
 * Splits text into sentences. A sentence ends at . ! ? … followed by white space, and at
 * every line break. A known abbreviation ("Dr.", "z. B.", "f.eks.") or, outside English,
 * a number with a dot (ordinals: "3. april") does not end a sentence.
 */
export function segmentSentences(text: string, abbreviations: RegExp | null, numbersAreOrdinals: boolean): Token[] {
  const out: Token[] = [];
  const push = (s: number, e: number) => {
    const t = trimmed(s, e, text);
    if (/[\p{L}\p{N}]/u.test(t.text)) out.push(t);
  };
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const base = line.index;
    const s = line[0];
    let start = 0;
    TERMINATOR.lastIndex = 0;
    for (const m of s.matchAll(TERMINATOR)) {
      const end = m.index + m[0].length;
      if (m[0][0] === '.' && m[0].length === 1 && !endsSentence(s, m.index, abbreviations, numbersAreOrdinals)) continue;
      push(base + start, base + end);
      start = end;
    }
    push(base + start, base + s.length);
  }
  return out;
}

function endsSentence(line: string, dot: number, abbreviations: RegExp | null, numbersAreOrdinals: boolean): boolean {
  const before = line.slice(Math.max(0, dot - 24), dot);
  const word = /[\p{L}\p{N}.]*$/u.exec(before)?.[0] ?? '';
  if (numbersAreOrdinals && /^\p{N}+$/u.test(word)) return false;
  if (abbreviations && abbreviations.test(before)) return false;
  // An initial ("J. Smith", "Anna K. Berg") follows nothing or a name, and the first letter of a
  // spaced abbreviation ("z. B.", "u. a.") has another letter and dot after it; "klasse B." ends a sentence.
  if (/^\p{L}$/u.test(word)) {
    const previous = /(\S+)\s+\S*$/u.exec(before)?.[1];
    if (previous === undefined || /^\p{Lu}/u.test(previous) || /^\s*\p{L}\./u.test(line.slice(dot + 1, dot + 8))) return false;
  }
  // "e.g. the": a lower-case word next is a strong sign the dot did not end the sentence.
  // (a short look ahead: a long line must not be copied at every dot)
  const after = line.slice(dot + 1, dot + 40).trimStart();
  if (after && /^\p{Ll}/u.test(after) && /\./u.test(word)) return false;
  return true;
}

/** Compiles a language's abbreviation list into a test for "text ends with an abbreviation". */
export function compileAbbreviations(list: readonly string[]): RegExp | null {
  if (!list.length) return null;
  return new RegExp(`(?<![\\p{L}])(?:${list.join('|')})$`, 'iu');
}
