/**
 * The phrase-data compiler: one YAML source file (lib/checker/rules/<rule-id>/<lang>.yaml or
 * lib/checker/languages/<lang>.yaml) in, the data shape phrases.ts takes out, validated. It runs
 * at build time only (the Vite plugin for `wxt build` and vitest, the esbuild plugin for the CLI
 * and the scripts: ./plugins.ts), so neither the YAML parser nor this file ships in the extension.
 *
 * Every entry is compiled once here with the same function the checker uses (entryToSource), so
 * raw regex, an unknown set or token, or an unbalanced group fails the build with the file, the
 * list and the entry named. Format: lib/checker/rules/README.md.
 */
import { parse } from 'yaml';
import { entryToSource, type PhraseListData, type PhraseSets, type SentenceListData } from '../phrases';

/** A list's examples: each `match` must match the list, each `ignore` must not (tests/unit/meta.test.ts runs them). */
export interface ListExamples {
  match: string[];
  ignore: string[];
}

/** The lists and sets of one rule (or of a language's shared data) in one language. */
export interface ListFile {
  sets: PhraseSets;
  lists: Record<string, PhraseListData>;
}

export interface RuleMessages {
  name: string;
  messages: Record<string, string>;
  advice: string;
  suggestion?: string;
}

export interface CompiledRule {
  messages: RuleMessages;
  data: ListFile;
  examples: Record<string, ListExamples>;
}

export interface CompiledLanguage {
  surfaces: Record<string, string>;
  /** Common words typical of this language (language detection). */
  markers: string[];
  /** Abbreviations that end with a full stop but do not end a sentence, as entries ("z. ?b"). */
  abbreviations: string[];
  data: ListFile;
  examples: Record<string, ListExamples>;
}

export class PhraseDataError extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, what: string): never {
  throw new PhraseDataError(`${where}: ${what}`);
}

function strings(v: unknown, where: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail(where, 'expected a list of strings');
  return v.map((x, i) => {
    if (typeof x !== 'string' && typeof x !== 'number') fail(`${where}[${i}]`, `expected a string, got ${JSON.stringify(x)}`);
    return String(x);
  });
}

function stringMap(v: unknown, where: string, allowEmpty = false): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isObj(v)) fail(where, 'expected a mapping of strings');
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null && allowEmpty) out[k] = '';
    else if (typeof x === 'string' || typeof x === 'number') out[k] = String(x);
    else fail(`${where}.${k}`, `expected a string, got ${JSON.stringify(x)}`);
  }
  return out;
}

function onlyKeys(v: Obj, keys: readonly string[], where: string): void {
  for (const k of Object.keys(v)) if (!keys.includes(k)) fail(where, `unknown key "${k}" (expected ${keys.join(', ')})`);
}

const LIST_KEYS = ['entries', 'replace', 'together', 'unless', 'groups', 'examples'] as const;

/** One list (or guarded group) from its YAML form to the runtime shape. */
function normaliseList(v: unknown, where: string, examples?: Record<string, ListExamples>, name?: string): PhraseListData {
  if (Array.isArray(v)) return strings(v, where);
  if (!isObj(v)) fail(where, 'a list is a sequence of entries or a mapping with entries/replace/together/unless/groups');
  onlyKeys(v, LIST_KEYS, where);
  if (v.examples !== undefined) {
    if (!examples || !name) fail(where, 'examples belong to a whole list, not a group');
    const ex = v.examples;
    if (!isObj(ex)) fail(`${where}.examples`, 'expected { match: [...], ignore: [...] }');
    onlyKeys(ex, ['match', 'ignore'], `${where}.examples`);
    examples[name] = { match: strings(ex.match, `${where}.examples.match`), ignore: strings(ex.ignore, `${where}.examples.ignore`) };
  }
  const entries = strings(v.entries, `${where}.entries`);
  const replace = stringMap(v.replace, `${where}.replace`, true);
  const together = v.together === undefined ? [] : (Array.isArray(v.together) ? v.together : fail(`${where}.together`, 'expected a list of groups')).map((g, i) => strings(g, `${where}.together[${i}]`));
  const unless = strings(v.unless, `${where}.unless`);
  const groups = v.groups === undefined ? [] : (Array.isArray(v.groups) ? v.groups : fail(`${where}.groups`, 'expected a list of groups')).map((g, i) => {
    const group = normaliseList(g, `${where}.groups[${i}]`);
    if (Array.isArray(group) || !('unless' in group)) fail(`${where}.groups[${i}]`, 'a group needs its own unless guard');
    return group as SentenceListData;
  });
  const hasReplace = v.replace !== undefined;
  if (hasReplace && v.entries !== undefined) fail(where, 'use either entries or replace');
  if (!together.length && !unless.length && !groups.length) return hasReplace ? replace : entries;
  const out: { -readonly [K in keyof SentenceListData]: SentenceListData[K] } = {};
  if (entries.length) out.any = entries;
  if (hasReplace) out.replace = replace;
  if (together.length) out.together = together;
  if (unless.length) out.unless = unless;
  if (groups.length) out.groups = groups;
  return out;
}

/** Compiles every entry of a list the way the checker will, so a bad entry fails here, named. */
function validateList(data: PhraseListData, sets: PhraseSets, caseSensitive: boolean, where: string): void {
  const each = (entry: string) => {
    let source: string;
    try {
      source = entryToSource(entry, !caseSensitive, sets);
    } catch (e) {
      fail(where, (e as Error).message);
    }
    try {
      new RegExp(source, 'gu');
    } catch (e) {
      fail(where, `"${entry}" does not compile: ${(e as Error).message}`);
    }
  };
  if (Array.isArray(data)) data.forEach(each);
  else if ('any' in data || 'replace' in data || 'together' in data || 'unless' in data || 'groups' in data) {
    const s = data as SentenceListData;
    (s.any ?? []).forEach(each);
    Object.keys(s.replace ?? {}).forEach(each);
    (s.together ?? []).flat().forEach(each);
    (s.unless ?? []).forEach(each);
    (s.groups ?? []).forEach((g) => validateList(g, sets, caseSensitive, where));
  } else Object.keys(data).forEach(each);
}

function listFile(doc: Obj, file: string): { data: ListFile; examples: Record<string, ListExamples> } {
  const sets: Record<string, string[]> = {};
  if (doc.sets !== undefined) {
    if (!isObj(doc.sets)) fail(`${file}: sets`, 'expected a mapping of named sets');
    for (const [name, members] of Object.entries(doc.sets)) {
      if (!/^[a-z][a-z-]+$/u.test(name)) fail(`${file}: sets.${name}`, 'a set name is lower-case letters and hyphens');
      sets[name] = strings(members, `${file}: sets.${name}`);
    }
  }
  const lists: Record<string, PhraseListData> = {};
  const examples: Record<string, ListExamples> = {};
  if (doc.lists !== undefined) {
    if (!isObj(doc.lists)) fail(`${file}: lists`, 'expected a mapping of named lists');
    for (const [name, v] of Object.entries(doc.lists)) {
      const where = `${file}: lists.${name}`;
      lists[name] = normaliseList(v ?? [], where, examples, name);
      validateList(lists[name], sets, name.startsWith('caseSensitive'), where);
    }
  }
  for (const [name, members] of Object.entries(sets)) validateList(members, sets, false, `${file}: sets.${name}`);
  return { data: { sets, lists }, examples };
}

function load(text: string, file: string): Obj {
  let doc: unknown;
  try {
    doc = parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    fail(file, (e as Error).message);
  }
  if (!isObj(doc)) fail(file, 'expected a mapping at the top');
  return doc;
}

/** A rule's file for one language: its words for the reader and its phrase data. */
export function compileRuleYaml(text: string, file: string): CompiledRule {
  const doc = load(text, file);
  onlyKeys(doc, ['name', 'messages', 'advice', 'suggestion', 'sets', 'lists'], file);
  if (typeof doc.name !== 'string' || !doc.name) fail(file, 'name is required');
  if (typeof doc.advice !== 'string' || !doc.advice) fail(file, 'advice is required');
  if (doc.suggestion !== undefined && typeof doc.suggestion !== 'string') fail(file, 'suggestion is a string');
  const messages: RuleMessages = { name: doc.name, messages: stringMap(doc.messages, `${file}: messages`), advice: doc.advice };
  if (doc.suggestion !== undefined) messages.suggestion = doc.suggestion as string;
  return { messages, ...listFile(doc, file) };
}

/** A language's shared file: surface names, language markers, abbreviations and the lists every rule and the model share. */
export function compileLanguageYaml(text: string, file: string): CompiledLanguage {
  const doc = load(text, file);
  onlyKeys(doc, ['surfaces', 'markers', 'abbreviations', 'sets', 'lists'], file);
  const abbreviations = strings(doc.abbreviations, `${file}: abbreviations`);
  validateList(abbreviations, {}, false, `${file}: abbreviations`);
  return {
    surfaces: stringMap(doc.surfaces, `${file}: surfaces`),
    markers: strings(doc.markers, `${file}: markers`),
    abbreviations,
    ...listFile(doc, file),
  };
}
