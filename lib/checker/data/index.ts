/**
 * The one loader of the phrase data. The sources are YAML, next to each rule
 * (lib/checker/rules/<rule-id>/<lang>.yaml) and per language (lib/checker/languages/<lang>.yaml);
 * ./plugins.ts compiles them at build time into the virtual module read here.
 */
import { abbreviations, markers, phrases } from 'virtual:followup-lint/phrases';
import type { Lang } from '../types';
import { compilePhraseList, entryToSource, type PhraseList, type PhraseListData, type PhraseSets } from '../phrases';
import type { ListFile } from './compile';

export type { ListFile };

/** The owner of the lists every rule and the follow-up model share (languages/<lang>.yaml). */
export const LANGUAGE = 'language';

/** By language, then by owner: a rule id, or LANGUAGE. */
export const DATA = phrases as Readonly<Record<Lang, Readonly<Record<string, ListFile>>>>;

/** An owner's lists by name. */
export function listsOf(lang: Lang, owner: string): [string, PhraseListData][] {
  return Object.entries(DATA[lang][owner]?.lists ?? {});
}

/** An owner's named sets. */
export function setsOf(lang: Lang, owner: string): PhraseSets {
  return DATA[lang][owner]?.sets ?? {};
}

/** One list's data, as compiled from its YAML. */
export function listData(lang: Lang, owner: string, name: string): PhraseListData {
  const data = DATA[lang][owner]?.lists[name];
  if (data === undefined) throw new Error(`missing phrase list ${owner}/${lang}.yaml#${name}`);
  return data;
}

/** How a list is compiled: lists named caseSensitive… are matched against the text as written. */
export function listOptions(lang: Lang, owner: string, name: string): { caseSensitive: boolean; sets: PhraseSets } {
  return { caseSensitive: name.startsWith('caseSensitive'), sets: setsOf(lang, owner) };
}

const listCache = new Map<string, PhraseList>();
/** A list of a rule (or of LANGUAGE) in a language, compiled once. */
export function phraseList(lang: Lang, owner: string, name: string): PhraseList {
  const key = `${lang}/${owner}/${name}`;
  let list = listCache.get(key);
  if (!list) {
    list = compilePhraseList(listData(lang, owner, name), listOptions(lang, owner, name));
    listCache.set(key, list);
  }
  return list;
}

/** Common words typical of a language (language detection). */
export function languageMarkers(lang: Lang): readonly string[] {
  return markers[lang] ?? [];
}

/** Abbreviations that end with a full stop but do not end a sentence, as regex sources (for compileAbbreviations). */
export function abbreviationSources(lang: Lang): string[] {
  return (abbreviations[lang] ?? []).map((entry) => entryToSource(entry));
}
