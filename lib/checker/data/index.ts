import type { Lang } from '../types';
import { compilePhraseList, type PhraseList, type PhraseListData, type PhraseSets } from '../phrases';
import en from './en/index';
import de from './de/index';
import da from './da/index';
import nb from './nb/index';
import sv from './sv/index';

/** A data file: named lists, and under the key `sets` the named sets its entries may use as {name}. */
export type ListData = Readonly<Record<string, PhraseListData | PhraseSets>>;
/** A language's data files, by file name (a rule id, or applicability/language/segmentation). */
export type LanguageData = Readonly<Record<string, ListData>>;

export const DATA: Readonly<Record<Lang, LanguageData>> = { en, de, da, nb, sv };

/** The key of a data file that holds its named sets rather than a list. */
export const SETS = 'sets';

/** A data file's lists by name (its sets left out). */
export function listsOf(lang: Lang, file: string): [string, PhraseListData][] {
  return Object.entries(DATA[lang][file] ?? {}).filter(([name]) => name !== SETS) as [string, PhraseListData][];
}

/** A data file's named sets. */
export function setsOf(lang: Lang, file: string): PhraseSets {
  return (DATA[lang][file]?.[SETS] ?? {}) as PhraseSets;
}

/** How a list is compiled: lists named caseSensitive… are matched against the text as written. */
export function listOptions(lang: Lang, file: string, name: string): { caseSensitive: boolean; sets: PhraseSets } {
  return { caseSensitive: name.startsWith('caseSensitive'), sets: setsOf(lang, file) };
}

const listCache = new Map<string, PhraseList>();
/** A list from a language's data file, compiled once. */
export function phraseList(lang: Lang, file: string, name: string): PhraseList {
  const key = `${lang}/${file}/${name}`;
  let list = listCache.get(key);
  if (!list) {
    const data = name === SETS ? undefined : (DATA[lang][file]?.[name] as PhraseListData | undefined);
    if (data === undefined) throw new Error(`missing phrase list ${lang}/${file}.json#${name}`);
    list = compilePhraseList(data, listOptions(lang, file, name));
    listCache.set(key, list);
  }
  return list;
}
