/**
 * Is this draft a job-interview follow-up at all? The extension sees every compose box;
 * a note to a colleague or a holiday post must get no findings.
 */
import { DATA } from './data/index';
import { compilePhraseList, type PhraseList } from './phrases';
import type { CheckSettings, Draft, Lang } from './types';

const cache = new Map<Lang, PhraseList[]>();
function jobLists(lang: Lang): PhraseList[] {
  let lists = cache.get(lang);
  if (!lists) {
    const data = DATA[lang].applicability;
    lists = [compilePhraseList(data.jobTerms), compilePhraseList(data.wantToWork)];
    cache.set(lang, lists);
  }
  return lists;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names from the user's settings (interviewers, company) that make a draft a follow-up when they appear in it. */
function profileNames(settings: CheckSettings): string[] {
  const p = settings.profile ?? {};
  return [...(p.interviewers ?? []), p.company ?? '']
    .map((n) => (typeof n === 'string' ? n.trim() : ''))
    .filter((n) => n.length >= 2);
}

/**
 * True when the draft speaks of a job interview or application, says the writer wants to
 * work with the reader's organisation, or names an interviewer or company from the settings.
 * The draft's own language is checked, and English too (English job words turn up everywhere).
 */
export function isFollowUp(text: string, lang: Lang | 'und', draft: Draft, settings: CheckSettings): boolean {
  const langs: Lang[] = lang === 'und' ? ['en', 'de', 'da', 'nb', 'sv'] : lang === 'en' ? ['en'] : [lang, 'en'];
  const haystacks = [text, draft.subject ?? ''];
  for (const l of langs) {
    for (const list of jobLists(l)) {
      if (haystacks.some((h) => h && list.test(h))) return true;
    }
  }
  for (const name of profileNames(settings)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu');
    if (re.test(text)) return true;
  }
  return false;
}
