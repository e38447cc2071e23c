/**
 * Language detection: the only file that calls franc. franc is restricted to the five
 * supported languages (Nynorsk counts as Bokmål); its scores are then combined with
 * per-language marker words (data/<lang>/language.json), which settle Danish vs Norwegian
 * vs Swedish where franc's trigram statistics cannot on short text.
 */
import { francAll } from 'franc';
import { languageMarkers } from './data/index';
import { LANGS, type Lang } from './types';

const FRANC_CODES: Record<string, Lang> = { eng: 'en', deu: 'de', dan: 'da', nob: 'nb', nno: 'nb', swe: 'sv' };
const FRANC_ONLY = Object.keys(FRANC_CODES);

/** Below this many words a draft is too short to trust trigram statistics. */
export const SHORT_DRAFT_WORDS = 8;
/** Detection reads at most this much text: the start of a draft tells its language as well as the whole. */
const SAMPLE_CHARS = 4000;

let markerSets: Map<Lang, Set<string>> | null = null;
function markers(): Map<Lang, Set<string>> {
  markerSets ??= new Map(
    LANGS.map((lang) => [lang, new Set(languageMarkers(lang).map((w) => w.toLowerCase()))]),
  );
  return markerSets;
}

export interface LanguageScores {
  words: number;
  /** Share of the draft's words that are marker words of each language (0–1). */
  markers: Record<Lang, number>;
  /** franc's relative scores (0–1), empty for short drafts. */
  franc: Partial<Record<Lang, number>>;
}

export function scoreLanguages(text: string): LanguageScores {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
  const sets = markers();
  for (const w of words) {
    for (const lang of LANGS) if (sets.get(lang)!.has(w)) counts[lang]++;
  }
  const ratio = Object.fromEntries(LANGS.map((l) => [l, words.length ? counts[l] / words.length : 0])) as Record<Lang, number>;
  const franc: Partial<Record<Lang, number>> = {};
  if (words.length >= SHORT_DRAFT_WORDS) {
    for (const [code, score] of francAll(sample, { only: FRANC_ONLY, minLength: 1 })) {
      const lang = FRANC_CODES[code];
      if (lang && (franc[lang] ?? 0) < score) franc[lang] = score;
    }
  }
  return { words: words.length, markers: ratio, franc };
}

/**
 * The draft's language, or 'und' when it cannot be told: a short draft with no clear
 * marker words falls back to the preferred language (from settings), then 'und'.
 */
export function detectLanguage(text: string, preferred?: Lang): Lang | 'und' {
  const s = scoreLanguages(text);
  if (s.words === 0) return preferred ?? 'und';
  const best = (score: (l: Lang) => number): Lang | null => {
    const ranked = [...LANGS].sort((a, b) => score(b) - score(a));
    return score(ranked[0]) > score(ranked[1]) ? ranked[0] : null;
  };
  if (s.words < SHORT_DRAFT_WORDS) {
    const byMarkers = best((l) => s.markers[l]);
    return byMarkers && s.markers[byMarkers] > 0 ? byMarkers : (preferred ?? 'und');
  }
  // franc's scores are relative to its best guess (1.0 for the best); marker shares add the
  // evidence of words that exist in only one of the close languages.
  return best((l) => (s.franc[l] ?? 0) + s.markers[l]) ?? preferred ?? 'und';
}
