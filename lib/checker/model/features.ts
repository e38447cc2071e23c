/**
 * What the follow-up model looks at in a draft: word stems and pairs of stems (Snowball, the
 * draft's language) and the hand-written cue lists as four cue classes (job words, a wish to join, a job already taken, a context that is not a job: press, research, housing, school, club, officialdom, sales). Each feature remembers where it first occurs, so a decision can be
 * explained with the user's own words. The same function serves training (scripts/train.ts) and
 * checking, so the two can never disagree.
 */
import { LANGUAGE, listData, phraseList } from '../data/index';
import type { PhraseList } from '../phrases';
import { stem } from '../stem';
import type { Draft, Lang } from '../types';

export interface FeatureHit {
  feature: string;
  /** Where the feature first occurs in the text (offsets into Draft.text); absent for words of the subject. */
  start?: number;
  end?: number;
}

/** Words read for the decision: the start of a draft says who writes to whom and why. */
const MAX_WORDS = 400;
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
/** Between two words that may form a pair: white space and at most a comma. */
const PAIR_GAP = /^[\s,]{1,4}$/u;

const stopCache = new Map<Lang, Set<string>>();
/** A language's function words: the repetition rule's stop words that are plain words ("the", "als", "som"). */
export function functionWords(lang: Lang): Set<string> {
  let set = stopCache.get(lang);
  if (!set) {
    const list = listData(lang, 'repetition', 'stopwords') as readonly string[];
    stopCache.set(lang, (set = new Set(list.filter((w) => /^[\p{L}']+$/u.test(w)))));
  }
  return set;
}

/** A post or comment: read by an audience, not by the interviewer alone. */
export function isPublicSurface(surface: Draft['surface']): boolean {
  return surface === 'post' || surface === 'comment';
}

function cueLists(lang: Lang) {
  return {
    job: phraseList(lang, LANGUAGE, 'jobTerms'),
    // A wish to join: the applicability list, and the sentences missing-interest reads as still wanting the role.
    want: [phraseList(lang, LANGUAGE, 'wantToWork'), phraseList(lang, 'missing-interest', 'interest')],
    hired: phraseList(lang, LANGUAGE, 'hired'),
    elsewhere: phraseList(lang, LANGUAGE, 'elsewhere'),
  };
}

/** The features of a draft's own text (quoted thread already blanked), in the language it is checked in. */
export function draftFeatures(text: string, lang: Lang, draft: Pick<Draft, 'subject' | 'surface'>): FeatureHit[] {
  const hits = new Map<string, FeatureHit>();
  const add = (feature: string, start?: number, end?: number) => {
    if (!hits.has(feature)) hits.set(feature, start === undefined ? { feature } : { feature, start, end });
  };

  let previous: { stem: string; end: number; start: number } | null = null;
  let count = 0;
  for (const m of text.matchAll(WORD)) {
    if (++count > MAX_WORDS) break;
    const word = m[0].toLowerCase();
    const s = stem(word, lang);
    const start = m.index;
    const end = start + m[0].length;
    add(`w:${s}`, start, end);

    if (previous && PAIR_GAP.test(text.slice(previous.end, start))) add(`b:${previous.stem} ${s}`, previous.start, end);
    previous = { stem: s, start, end };
  }
  for (const m of (draft.subject ?? '').slice(0, 1000).matchAll(WORD)) add(`w:${stem(m[0].toLowerCase(), lang)}`);

  // The cue lists, in the draft's language and in English (English job words turn up everywhere).
  for (const l of lang === 'en' ? (['en'] as const) : ([lang, 'en'] as const)) {
    const { job, want, hired, elsewhere } = cueLists(l);
    // A job already taken is news for an audience: it weighs against a follow-up in a post or comment,
    // while a note or e-mail to the employer after accepting stays one (the process-is-over case).
    const cues: (readonly [string, PhraseList])[] = [['cue:job', job], ...want.map((w) => ['cue:want', w] as const), ['cue:elsewhere', elsewhere]];
    if (isPublicSurface(draft.surface)) cues.push(['cue:hired', hired]);
    for (const [name, list] of cues) {
      if (hits.has(name)) continue;
      const found = list.first(text);
      if (found) add(name, found.start, found.end);
      else if (draft.subject && list.test(draft.subject)) add(name);
    }
  }

  // No surface or length features: in labelled data they say more about how the drafts were
  // written than about who writes to whom (and they swamped the words in a first model).
  return [...hits.values()];
}
