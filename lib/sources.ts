/**
 * The five articles the advice comes from (shared/seeds, described in docs), by short human names.
 * The checker's advice texts end with their sources as numbers, "(Sources: 002, 003)" in each
 * language; what the user reads instead is a line naming the articles in the interface language
 * ("Sources: How to follow up after an interview; Following up step by step"). The names are
 * interface words: `source.<id>` in lib/i18n/<lang>/common.json.
 */
import type { Lang } from './checker/types';
import { translate, type UiKey } from './i18n/index';

export const SOURCE_IDS = ['000', '001', '002', '003', '004'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** "(Sources: 002, 003)", "(Quellen: 000, 001)", "(Källor: 002, 003, 004)" at the end of an advice text. */
const SOURCES_SUFFIX = /\(\p{L}+: ?(\d{3}(?:, ?\d{3})*)\)$/u;

/** The advice without its numbered sources, and the sources it named. */
export function splitAdviceSources(advice: string): { text: string; sources: SourceId[] } {
  const trimmed = advice.trimEnd();
  const m = SOURCES_SUFFIX.exec(trimmed);
  if (!m) return { text: advice, sources: [] };
  const sources = m[1]
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is SourceId => (SOURCE_IDS as readonly string[]).includes(s));
  return { text: trimmed.slice(0, m.index).trimEnd(), sources };
}

/** The line naming the sources in the user's language, or '' when there are none. */
export function sourcesLine(lang: Lang, sources: readonly SourceId[]): string {
  if (!sources.length) return '';
  const names = sources.map((id) => translate(lang, `common.source.${id}` as UiKey));
  return translate(lang, 'common.sources', { names: names.join('; ') });
}
