/**
 * Is this draft a job-interview follow-up at all? The extension sees every compose box; a note to
 * a friend, a press interview or a flat viewing must get no findings. The answer is weighed, not
 * looked up: a logistic model (model/, trained by `npm run train` on labelled drafts in the
 * repository) adds up the evidence for and against — word stems and pairs, the job-word and
 * wish-to-join cue lists, the surface — and names the words that weighed most, so the user can
 * see why. Names of interviewers and the company from the user's settings decide on their own.
 */
import modelData from './model/applicability-model.json';
import { draftFeatures, functionWords, isPublicSurface } from './model/features';
import type { ApplicabilityModel } from './model/train';
import type { CheckSettings, Draft, FollowUpCue, Lang } from './types';

const model = modelData as ApplicabilityModel;

export interface FollowUpJudgement {
  applicable: boolean;
  /** How sure the model is that the draft is a follow-up, 0 to 1 (1 when a name from the settings decided); 0.5 and up is one (0.3 for a public post or comment with a cue word). */
  score: number;
  /** Up to three cues that weighed most for the decision taken, strongest first. */
  cues: FollowUpCue[];
}

/** What a name from the settings weighs: more than any word can (it decides on its own). */
const NAME_WEIGHT = 10;

/**
 * The score that makes a public post or comment with a job or wish-to-join cue a follow-up: there a
 * cue needs less support, since missing a thank-you on a company's wall (an error) costs the writer
 * more than a look-alike post checked by mistake. Five-fold cross-validation: 0.3 is as good as 0.5
 * or better (2,223 against 2,221 of 2,362 right).
 */
const PUBLIC_CUE_THRESHOLD = 0.3;

/** How many cues a judgement names. */
const MAX_CUES = 3;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names from the user's settings (interviewers, company) that make a draft a follow-up when they appear in it. */
function profileNames(settings: CheckSettings): string[] {
  const p = settings.profile ?? {};
  return [...(p.interviewers ?? []), p.company ?? '']
    .map((n) => (typeof n === 'string' ? n.trim().slice(0, 200) : ''))
    .filter((n) => n.length >= 2);
}

function nameIn(text: string, settings: CheckSettings): FollowUpCue | null {
  for (const name of profileNames(settings)) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    if (m) return { text: m[0], weight: NAME_WEIGHT, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The decision from the model's score: 0.5, or less on a public surface with a cue word (see PUBLIC_CUE_THRESHOLD). */
export function isFollowUpScore(score: number, surface: Draft['surface'], features: readonly string[]): boolean {
  // A job already taken is news, not a follow-up that needs the lower bar.
  const cued = features.some((f) => f === 'cue:job' || f === 'cue:want') && !features.includes('cue:hired');
  return score >= (isPublicSurface(surface) && cued ? PUBLIC_CUE_THRESHOLD : 0.5);
}

export function judgeFollowUp(text: string, lang: Lang | 'und', draft: Draft, settings: CheckSettings): FollowUpJudgement {
  const named = nameIn(text, settings);
  const featureLang = lang === 'und' ? (settings.preferredLang ?? 'en') : lang;
  const hits = draftFeatures(text, featureLang, draft);
  let z = model.bias;
  const contributions: FollowUpCue[] = [];
  for (const hit of hits) {
    const weight = model.weights[hit.feature];
    if (weight === undefined) continue;
    z += weight;
    if (hit.start === undefined || hit.end === undefined) continue;
    const words = text.slice(hit.start, hit.end);
    // Function words weigh in the model but explain nothing to the user.
    if (!functionWords(featureLang).has(words.toLowerCase())) contributions.push({ text: words, weight, start: hit.start, end: hit.end });
  }
  const score = 1 / (1 + Math.exp(-z));
  const applicable = named !== null || isFollowUpScore(score, draft.surface, hits.map((h) => h.feature));
  const sign = applicable ? 1 : -1;
  const cues = contributions
    .filter((c) => c.weight * sign > 0)
    .sort((a, b) => b.weight * sign - a.weight * sign || a.start - b.start)
    .slice(0, MAX_CUES);
  if (named) return { applicable, score: 1, cues: [named, ...cues].slice(0, MAX_CUES) };
  return { applicable, score, cues };
}
