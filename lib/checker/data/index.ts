import type { Lang } from '../types';
import type { PhraseListData } from '../phrases';
import en from './en/index';
import de from './de/index';
import da from './da/index';
import nb from './nb/index';
import sv from './sv/index';

/** A data file: named lists. */
export type ListData = Readonly<Record<string, PhraseListData>>;
/** A language's data files, by file name (a rule id, or applicability/language/segmentation). */
export type LanguageData = Readonly<Record<string, ListData>>;

export const DATA: Readonly<Record<Lang, LanguageData>> = { en, de, da, nb, sv };
