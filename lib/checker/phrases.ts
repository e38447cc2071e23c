/**
 * Phrase lists are data (rules/<rule-id>/<lang>.yaml): each entry is words and tokens a reviewer
 * reads, in lower case. This module compiles an entry to a regular expression (entryToSource),
 * a list once, and finds its matches. See rules/README.md for the entry syntax.
 */

/**
 * A list that looks at whole sentences: `any` entries match on their own (`replace` entries too,
 * with a replacement), every entry of a `together` group must match in one sentence (in any
 * order), and a match is dropped when its sentence also matches an `unless` entry. `groups` are
 * parts of the list with their own `unless` guard (the guard drops only the group's matches).
 * This is how a list says what a sentence means ("a wish" and "the job" in one sentence)
 * instead of spelling out every wording.
 */
export interface SentenceListData {
  readonly any?: readonly string[];
  readonly replace?: Readonly<Record<string, string>>;
  readonly together?: readonly (readonly string[])[];
  readonly unless?: readonly string[];
  readonly groups?: readonly SentenceListData[];
}

export type PhraseListData = readonly string[] | Readonly<Record<string, string>> | SentenceListData;

/** Named sets of a data file ({name} in an entry stands for "any of the set"). */
export type PhraseSets = Readonly<Record<string, readonly string[]>>;

export interface Span {
  start: number;
  end: number;
}

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
  /**
   * True when at least one entry matches somewhere in the text. `sentences` (the checker's own
   * segmentation) is used by sentence lists; without it a plain split at ". ", "! ", "? " and line
   * breaks is used.
   */
  test(text: string, sentences?: readonly Span[]): boolean;
  /** Every match; overlapping matches are merged into one span (their union). Sorted by start. */
  find(text: string, sentences?: readonly Span[]): PhraseMatch[];
  /** Where the first match in the text is, or null. */
  first(text: string, sentences?: readonly Span[]): Span | null;
  /**
   * Where the list matches, in one scan of its alternation (flat lists only): enough to tell which
   * sentences hold a match, without running every entry as find() does.
   */
  spans?(text: string): Span[];
}

const WORD = String.raw`\p{L}\p{N}\p{M}`;
// A match may not begin right after a word character, unless the entry itself begins with punctuation (#tag, ??).
const OPEN = String.raw`(?:(?<![${WORD}'’])|(?![${WORD}]))`;
// A match may not end right before a word character (or an apostrophe and a letter, as in "you're"),
// unless the entry itself ends with punctuation.
const CLOSE = String.raw`(?:(?![${WORD}]|['’]\p{L})|(?<![${WORD}]))`;

/**
 * Why an entry cannot be compiled: raw regular-expression syntax, an unknown token, an unknown
 * set. The YAML compiler (data/compile.ts) adds the file and list to the message.
 */
export class EntryError extends Error {}

/** Characters a reviewer may write with a backslash to mean the character itself (\? \* \( …). */
const ESCAPABLE = new Set([...'?*()|{}<>_\\[]+^$']);
/** Characters that stand for themselves in an entry but need an escape in a regex (`u` flag: syntax characters only). */
const REGEX_SPECIAL = new Set([...'.^$+*?()[]{}|/\\']);

/**
 * One word, for `_`: letters, with at most one hyphen inside ("Video-Gespräch"). At most one,
 * so a match that starts inside "a-a-a-…" reads a few letters, not the rest of the run.
 */
const ANY_WORD = String.raw`\p{L}+(?:-\p{L}+)?`;
/**
 * Tokens in angle brackets: what a plain word cannot say.
 * - `<end>`: then punctuation or the end of the line ("altså<end>": "altså." or "altså" at a line's end, not "altså bra").
 * - `<line-end>`: then nothing but punctuation up to the end of the line (a sign-off alone on its line).
 * - `<number>`: a number (digits).
 * - `<??>`: two or more question marks.
 * - `<hashtag>`: any hashtag (#opentowork).
 */
export const TOKENS: Readonly<Record<string, string>> = {
  '<end>': String.raw`(?=[ \t]{0,20}(?:[,.;:!?…)]|\r|\n|$))`,
  '<line-end>': String.raw`(?=[ \t]{0,20}[,.;:!?…]{0,5}[ \t]{0,20}(?:\r|\n|$))`,
  '<number>': String.raw`\p{N}+`,
  '<??>': String.raw`\?{2,}`,
  '<hashtag>': String.raw`#[\p{L}\p{N}_]+`,
};

/**
 * Turns one entry into regular-expression source (flags `gu`). An entry is words separated by
 * spaces (a space matches any white space; " ?" an optional one), with `(a|b c)` alternatives,
 * `?` after a letter or group for "optional", `word*` for any ending, `*word` for any beginning,
 * `{set}` for any entry of a named set, `_` for any one word, `_{0,2}` for up to two words,
 * `a > b` for "a, when b follows" (only a is the match), and the tokens above. Raw regex (`\p{…}`, `[…]`, `{n,m}` on anything but `_`, lookarounds, `+`) is
 * refused: a regex is the compiled form, not the source. See rules/README.md.
 */
export function entryToSource(entry: string, lowerCase = true, sets: PhraseSets = {}, seen: readonly string[] = []): string {
  const refuse = (what: string): never => {
    throw new EntryError(`"${entry}": ${what}`);
  };
  let out = '';
  let depth = 0;
  for (let i = 0; i < entry.length; i++) {
    const c = entry[i];
    const rest = entry.slice(i);
    if (c === '{') {
      const ref = /^\{([a-z][a-z-]+)\}/u.exec(rest);
      if (!ref) refuse('a count {n,m} only follows _ ("_{0,2}": up to two words)');
      const name = ref![1];
      const members = sets[name];
      if (!members) throw new EntryError(`unknown set {${name}} in "${entry}"`);
      if (seen.includes(name)) throw new EntryError(`set {${name}} refers to itself`);
      out += `(?:${members.map((m) => entryToSource(m, lowerCase, sets, [...seen, name])).join('|')})`;
      i += ref![0].length - 1;
    } else if (c === '_') {
      const count = /^_\{(\d+),(\d+)\}/u.exec(rest);
      if (!count) {
        out += ANY_WORD;
        continue;
      }
      const [whole, min, max] = count;
      if (Number(min) > Number(max) || Number(max) > 12) refuse(`${whole}: at most _{0,12}`);
      i += whole.length - 1;
      if (entry[i + 1] === ' ') {
        // "the _{0,3} job": up to three words, each followed by white space.
        out += `(?:${ANY_WORD}\\s+){${min},${max}}`;
        i++;
      } else if (out.endsWith('\\s+')) {
        // "… with _{1,4}" at the end of an entry or group: the words after the white space.
        out = out.slice(0, -3) + `(?:\\s+${ANY_WORD}){${min},${max}}`;
      } else {
        refuse(`${whole} needs a space before or after it`);
      }
    } else if (c === '<' && /^<[a-z?-]+>/u.test(rest)) {
      const token = /^<[a-z?-]+>/u.exec(rest)![0];
      if (!(token in TOKENS)) refuse(`unknown token ${token} (known: ${Object.keys(TOKENS).join(' ')})`);
      out += TOKENS[token];
      i += token.length - 1;
    } else if (c === '*') {
      if (i > 0 && /[\p{L})]/u.test(entry[i - 1])) out += String.raw`\p{L}*`;
      // "*avdelingen": any letters before, one hyphen allowed ("HR-avdelingen"): a compound.
      else if (/\p{L}|\(/u.test(entry[i + 1] ?? '')) out += String.raw`(?:\p{L}+-)?\p{L}*`;
      else refuse('* goes right after a word ("interview*": any ending) or right before one ("*avdelingen": any beginning)');
    } else if (c === '\\') {
      const next = entry[i + 1] ?? '';
      if (!ESCAPABLE.has(next)) refuse(`raw regex "\\${next}" (write the character, a word, _ or a <token>)`);
      out += REGEX_SPECIAL.has(next) ? '\\' + next : next;
      i++;
    } else if (c === '[' || c === ']') {
      refuse('a character class […] is raw regex: write the alternatives, (a|b), or _ for a word');
    } else if (c === '+' && i > 0 && /\p{L}/u.test(entry[i - 1])) {
      // "sooo+", "haha+": the letter before may repeat.
      out += '+';
    } else if (c === '+' || c === '^' || c === '$') {
      refuse(`raw regex "${c}"`);
    } else if (c === '(') {
      if (entry[i + 1] === '?') refuse('lookarounds (?…) are raw regex: use an unless guard, or <end>');
      depth++;
      out += '(?:';
    } else if (c === ')') {
      if (--depth < 0) refuse('unbalanced )');
      out += ')';
    } else if (c === '|') {
      if (depth === 0) refuse('| only inside a group: (a|b)');
      out += '|';
    } else if (c === '?') {
      if (i === 0 || entry[i - 1] === '?' || entry[i - 1] === '(' || entry[i - 1] === '|') refuse('? makes the letter or group before it optional');
      out += '?';
    } else if (c === ' ' && rest.startsWith(' > ') && depth === 0) {
      // "e > (så|ju)": "e", when "så" or "ju" follows; only "e" is the match.
      out += String.raw`(?=\s+${entryToSource(entry.slice(i + 3), lowerCase, sets, seen)})`;
      break;
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
      const ch = lowerCase ? lowerChar(c) : c;
      out += REGEX_SPECIAL.has(ch) ? '\\' + ch : ch;
    }
  }
  if (depth !== 0) refuse('unbalanced (');
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

export function isSentenceList(data: PhraseListData): data is SentenceListData {
  return !Array.isArray(data) && ['any', 'together', 'unless', 'groups', 'replace'].some((k) => typeof (data as Record<string, unknown>)[k] === 'object');
}

/** Every entry of a list, in order (a sentence list's `any`, `replace`, `together`, `unless` and groups' entries included). */
export function listEntries(data: PhraseListData): string[] {
  if (Array.isArray(data)) return [...(data as readonly string[])];
  if (isSentenceList(data)) {
    return [
      ...(data.any ?? []),
      ...Object.keys(data.replace ?? {}),
      ...(data.together ?? []).flat(),
      ...(data.unless ?? []),
      ...(data.groups ?? []).flatMap(listEntries),
    ];
  }
  return Object.keys(data);
}

interface CompileOptions {
  caseSensitive?: boolean;
  /** The data file's named sets, for {name} in an entry. */
  sets?: PhraseSets;
}

/**
 * The regular expressions a list compiles to, as sources (flags `gu`): one per entry, and the
 * alternation of all of them that answers "any match?". tests/unit/linear.test.ts runs every
 * one through a super-linear-backtracking analysis: a list entry whose shape could backtrack
 * (an unbounded run that can start anywhere, two runs that can split the same white space)
 * fails the build, not the user's browser.
 */
export function compiledSources(data: PhraseListData, options: CompileOptions = {}): { each: string[]; any: string | null } {
  const bodies = listEntries(data).map((e) => entryToSource(e, options.caseSensitive !== true, options.sets));
  return { each: bodies.map(wrap), any: bodies.length ? wrap(bodies.map((b) => `(?:${b})`).join('|')) : null };
}

export function compilePhraseList(data: PhraseListData, options: CompileOptions = {}): PhraseList {
  if (isSentenceList(data)) return compileSentenceList(data, options);
  const isArray = Array.isArray(data);
  const entries: string[] = listEntries(data);
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
    spans(text) {
      if (!any) return [];
      any.lastIndex = 0;
      const out: Span[] = [];
      for (const m of prepare(text).matchAll(any)) if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
      return out;
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

/**
 * Sentences by a plain rule, for callers without the checker's segmentation: a sentence ends at
 * a line break, or at ".", "!", "?" or "…" before white space. One pass.
 */
export function roughSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const ends = c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029' || ((c === '.' || c === '!' || c === '?' || c === '…') && /\s/u.test(text[i + 1] ?? ' '));
    if (ends) {
      if (i + 1 > start) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}

/** The index of the sentence a position falls in: the last one starting at or before it. */
function sentenceAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function compileSentenceList(data: SentenceListData, options: CompileOptions): PhraseList & { quick(text: string): boolean } {
  const anyList = compilePhraseList(data.any ?? [], options);
  const replaceList = compilePhraseList(data.replace ?? [], options);
  const groups = (data.together ?? []).map((group) => group.map((entry) => compilePhraseList([entry], options)));
  const unless = compilePhraseList(data.unless ?? [], options);
  const guarded = (data.groups ?? []).map((group) => compileSentenceList(group, options));

  // `thorough` lists every entry's matches (find); otherwise one scan per list says where matches are (test, first).
  const search = (text: string, given: readonly Span[] | undefined, thorough: boolean): PhraseMatch[] => {
    const matchesOf = (list: PhraseList): PhraseMatch[] => (thorough || !list.spans ? list.find(text) : list.spans(text).map((m) => ({ ...m, entry: '' })));
    const loose = [...matchesOf(anyList), ...matchesOf(replaceList)];
    const grouped: PhraseMatch[] = [];
    if (loose.length === 0 && !groups.some((parts) => parts.every((p) => p.test(text))) && !guarded.some((g) => g.quick(text))) return [];
    const spans = given && given.length > 0 ? given : roughSentences(text);
    for (const group of guarded) grouped.push(...group.find(text, spans));
    for (const parts of groups) {
      // For each sentence: the span from the first part's match to the last's, once every part matched in it.
      const perSentence = new Map<number, { start: number; end: number; parts: number }>();
      parts.forEach((part, index) => {
        for (const m of matchesOf(part)) {
          const at = sentenceAt(spans, m.start);
          const seen = perSentence.get(at) ?? { start: m.start, end: m.end, parts: 0 };
          if (seen.parts === index) {
            perSentence.set(at, { start: Math.min(seen.start, m.start), end: Math.max(seen.end, m.end), parts: index + 1 });
          }
        }
      });
      for (const span of perSentence.values()) {
        if (span.parts === parts.length) grouped.push({ start: span.start, end: span.end, entry: parts.map((p) => p.entries[0]).join(' + ') });
      }
    }
    const candidates = [...loose, ...grouped];
    if (candidates.length === 0) return [];
    const vetoed = new Set(matchesOf(unless).map((m) => sentenceAt(spans, m.start)));
    return mergeOverlapping(candidates.filter((m) => !vetoed.has(sentenceAt(spans, m.start))));
  };
  const find = (text: string, given?: readonly Span[]): PhraseMatch[] => search(text, given, true);

  // Whether anything but the guards could match: one pass per part, before any sentence is split.
  const quick = (text: string): boolean =>
    anyList.test(text) || replaceList.test(text) || groups.some((parts) => parts.every((p) => p.test(text))) || guarded.some((g) => g.quick(text));

  /** "Any match?" without listing them: one scan per list while no guard matches (the usual case). */
  const test = (text: string, sentences?: readonly Span[]): boolean => {
    if (unless.test(text)) return search(text, sentences, false).length > 0;
    if (anyList.test(text) || replaceList.test(text)) return true;
    return (groups.length > 0 || guarded.length > 0) && search(text, sentences, false).length > 0;
  };

  return {
    entries: listEntries(data),
    quick,
    test,
    first: (text, sentences) => {
      // While no guard matches, a loose entry's first match is found with one scan; only a draft
      // with none (or with a guard) needs the sentence-by-sentence search.
      if (!unless.test(text)) {
        const loose = [anyList.first(text), replaceList.first(text)].filter((m): m is Span => m !== null);
        if (loose.length > 0) return loose.reduce((a, b) => (b.start < a.start ? b : a));
      }
      const m = search(text, sentences, false)[0];
      return m ? { start: m.start, end: m.end } : null;
    },
    find,
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
