import type { EnglishTerm } from '../../english';
import { defineRule, type RuleReport } from '../../rule';

/**
 * English words a spell-checker passes but that are often confused (seed 003: "I am shore
 * your glad to no"). Each check looks at compromise's part-of-speech tags around the word and
 * fires only where the other word is clearly meant. English only: the data file lists the pairs.
 */

type Around = { prev?: EnglishTerm; prev2?: EnglishTerm; next?: EnglishTerm; next2?: EnglishTerm; term: EnglishTerm; before: EnglishTerm[] };
const has = (t: EnglishTerm | undefined, ...tags: string[]) => !!t && tags.some((tag) => t.tags.has(tag));
const is = (t: EnglishTerm | undefined, ...words: string[]) => !!t && words.includes(t.normal);
/** Punctuation after a term ends the phrase: no look across it. */
const endsPhrase = (t: EnglishTerm | undefined) => !t || /[.,;:!?]/u.test(t.post);

/** Adjectives that mostly follow "you are" ("your glad" → "you're glad"), rarely modify a noun. */
const PREDICATIVE = ['glad', 'sure', 'wrong', 'able', 'available', 'interested', 'ready', 'free', 'likely', 'happy', 'aware', 'busy', 'well', 'fine', 'invited', 'welcome', 'correct'];

/** Adjectives that follow "it is" ("its clear that …"), not a possessive. */
const IT_IS_ADJECTIVES = ['clear', 'great', 'good', 'nice', 'important', 'true', 'obvious', 'possible', 'hard', 'easy', 'fine', 'okay', 'ok', 'likely', 'worth'];

/** -ing verbs that follow "you are" far more often than "your" ("your doing well"). */
const PROGRESSIVE = ['going', 'doing', 'being', 'coming', 'getting', 'looking', 'having'];

const MODALS = ['will', 'would', 'could', 'can', 'might', 'may', 'should', 'must', 'not', "don't", "didn't", "won't", "can't", 'never', 'to'];
const PREPOSITIONS_BEFORE_POSSESSIVE = ['with', 'of', 'in', 'for', 'about', 'on', 'at', 'from', 'into', 'by', 'to'];

/** A plain noun: tagged as a noun and as nothing that could start a verb or adjective phrase instead. */
const plainNoun = (t: EnglishTerm | undefined) =>
  has(t, 'Noun') &&
  !has(t, 'Pronoun', 'Adjective', 'Gerund', 'Adverb', 'Determiner', 'Preposition', 'Verb', 'Value', 'Date', 'ProperNoun', 'Conjunction');

const CHECKS: Record<string, (a: Around) => boolean> = {
  // "your welcome", "your going to", "your glad": only adjectives that follow "you are", never a noun's modifier
  your: ({ term, next, next2 }) =>
    !endsPhrase(term) &&
    (is(next, 'welcome', 'right', 'correct', 'not', 'so', 'very', 'too', ...PREDICATIVE, ...PROGRESSIVE) ||
      // an -ing word with an object is a verb ("your running the bays"); alone it is a noun ("your onboarding works")
      (has(next, 'Gerund') && !endsPhrase(next) && has(next2, 'Determiner', 'Possessive'))),
  // "you're store", "you're team"
  "you're": ({ term, next }) => !endsPhrase(term) && plainNoun(next),
  "they're": ({ term, next }) => !endsPhrase(term) && plainNoun(next),
  // "their is", "their are"
  their: ({ term, next }) => !endsPhrase(term) && is(next, 'is', 'are', 'was', 'were', 'will', "isn't", "aren't", "wasn't"),
  // "about there plans", "meet there team"
  there: ({ term, prev, next }) =>
    !endsPhrase(term) && !endsPhrase(prev) && plainNoun(next) && (is(prev, ...PREPOSITIONS_BEFORE_POSSESSIVE) || has(prev, 'Infinitive')),
  // "more excited then ever", "better then", "rather then", "more interested in the position then before"
  then: ({ prev, prev2, next, next2, before }) =>
    (!endsPhrase(prev) &&
      (has(prev, 'Comparative') || is(prev, 'more', 'less', 'rather', 'other', 'fewer', 'better', 'worse') || (has(prev, 'Adjective') && is(prev2, 'more', 'less')))) ||
    (!endsPhrase(prev) && is(next, 'ever', 'before', 'expected', 'usual', 'anticipated', 'planned')) ||
    // "better late then never"
    (is(prev, 'late') && is(next, 'never')) ||
    // "more interested now then I was": a comparative earlier in the phrase, then a clause
    (is(next, 'i', 'we', 'you') && is(next2, 'was', 'were', 'had', 'thought', 'expected', 'imagined', 'did') && before.some((t) => is(t, 'more', 'less') || has(t, 'Comparative'))),
  // "and than we", "since than"
  than: ({ prev }) => is(prev, 'since', 'until', 'till', 'back', 'and') && !endsPhrase(prev),
  // "to much", "me to."
  to: ({ term, prev, next }) =>
    (!endsPhrase(term) && is(next, 'much', 'many', 'late', 'early', 'soon') && endsPhrase(next)) ||
    (!endsPhrase(prev) && is(prev, 'me', 'you', 'him', 'her', 'us', 'them', 'it') && /[.!]/u.test(term.post)),
  // "too the office", "too go"
  too: ({ term, next }) => !endsPhrase(term) && (is(next, 'the', 'a', 'an', 'my', 'your', 'our', 'their') || has(next, 'Infinitive')),
  // "glad to no that", "let me no"
  no: ({ prev, term, next }) =>
    !endsPhrase(prev) &&
    !endsPhrase(term) &&
    is(prev, 'to', 'me', 'you', "don't", "didn't", 'i', 'will', "i'll") &&
    is(next, 'that', 'if', 'whether', 'how', 'what', 'when', 'where', 'who', 'about', 'more', 'you', 'the'),
  // "know problem", "know idea"
  know: ({ term, prev, next }) =>
    !endsPhrase(term) && is(next, 'problem', 'problems', 'idea', 'doubt', 'worries') && !is(prev, 'i', 'you', 'we', 'they', 'to', "don't", 'not'),
  // "I am shore", "for shore"
  shore: ({ prev }) => !endsPhrase(prev) && is(prev, 'am', "i'm", 'are', "you're", 'is', 'be', 'not', 'make', 'pretty', 'very', 'quite', 'so', 'for', 'was'),
  // "to loose the chance"
  loose: ({ prev }) => !endsPhrase(prev) && is(prev, ...MODALS, "i'll", "you'll", 'ever'),
  // "its been", "its a great"
  // (not before every -ing word: "its reporting" is a possessive with a noun)
  its: ({ term, next }) =>
    !endsPhrase(term) && is(next, 'a', 'an', 'the', 'been', 'not', 'so', 'too', 'just', 'going', 'my', 'your', 'our', 'really', 'always', 'never', 'also', ...IT_IS_ADJECTIVES),
  // "with it's team"
  "it's": ({ term, prev, next }) => !endsPhrase(term) && !endsPhrase(prev) && is(prev, ...PREPOSITIONS_BEFORE_POSSESSIVE) && plainNoun(next),
  // "a positive affect"
  affect: ({ prev, prev2 }) =>
    !endsPhrase(prev) && (is(prev, 'an', 'the', 'positive', 'negative', 'big', 'great', 'lasting', 'real') || (has(prev, 'Adjective') && is(prev2, 'a', 'the'))),
  // "will effect the team"
  effect: ({ prev, next }) => !endsPhrase(prev) && is(prev, 'will', 'would', 'could', 'can', 'might', 'may', 'not', 'negatively', 'positively', 'directly') && has(next, 'Determiner', 'Pronoun', 'Possessive'),
  // "weather or not", "know weather"
  weather: ({ term, prev, next }) => (!endsPhrase(term) && is(next, 'or')) || (!endsPhrase(prev) && is(prev, 'know', 'wonder', 'wondering', 'ask', 'asking', 'see', 'decide', 'unsure', 'sure', 'unclear')),
  // "to here from you"
  here: ({ term, prev, next }) => !endsPhrase(prev) && !endsPhrase(term) && is(prev, 'to', 'will', "can't", 'cannot') && is(next, 'from', 'about', 'back'),
  // "your advise", "any advise"
  advise: ({ prev }) => !endsPhrase(prev) && is(prev, 'your', 'the', 'some', 'any', 'good', 'great', 'helpful', 'for', 'my', 'his', 'her', 'their', 'of'),
  // "please advice", "could you advice"
  advice: ({ prev, next }) => !endsPhrase(prev) && is(prev, 'please', 'to', 'could', 'can', 'would', 'you') && (!next || has(next, 'Pronoun', 'Determiner', 'Preposition') || endsPhrase(prev)),
  // "whose going", "whose been"
  whose: ({ term, next }) => !endsPhrase(term) && (is(next, 'been', 'going', 'not') || has(next, 'Gerund')),
};

/**
 * Where each check could possibly fire, as cheap text patterns: only sentences that match
 * one are tagged by compromise (tagging is the English path's main cost).
 */
const TRIGGERS = [
  String.raw`your|you['’]re|they['’]re|whose|affect`,
  String.raw`their (is|are|was|were|will|isn['’]t|aren['’]t|wasn['’]t)`,
  // "about there plans", "to discuss there plans": the check asks compromise whether a preposition or an infinitive
  // comes before and a plain noun after, so the trigger only leaves out what follows "there" as an adverb or subject.
  String.raw`there (?!(is|are|was|were|will|would|has|have|had|may|might|must|should|could|can|seems?|and|or|but|too|as|again|yet|now|then)(?![\p{L}]))\p{L}+`,
  String.raw`(\p{L}+er|more|less|rather|other|fewer|better|worse|more \p{L}+|less \p{L}+) then`,
  String.raw`then (ever|before|expected|usual|anticipated|planned|never)`,
  String.raw`(more|less|\p{L}+er)[^.!?;]{0,60}then (i|we|you) (was|were|had|thought|expected|imagined|did)`,
  String.raw`(since|until|till|back|and) than`,
  String.raw`to (much|many|late|early|soon)|(me|you|him|her|us|them|it) to[.!]`,
  String.raw`too \p{L}`,
  String.raw`(to|me|you|don['’]t|didn['’]t|i|will|i['’]ll) no`,
  String.raw`know (problems?|idea|doubt|worries)`,
  String.raw`shore|loose|weather|advise`,
  String.raw`its (a|an|the|been|not|so|too|just|going|my|your|our|really|always|never|also|clear|great|good|nice|important|true|obvious|possible|hard|easy|fine|okay|ok|likely|worth)`,
  String.raw`(with|of|in|for|about|on|at|from|into|by|to) it['’]s`,
  String.raw`(will|would|could|can|might|may|not|negatively|positively|directly) effect`,
  String.raw`(please|to|could|can|would|you) advice`,
  String.raw`(to|will|can['’]t|cannot) here (from|about|back)`,
];
export const TRIGGER = new RegExp(`(?<![\\p{L}'’])(?:${TRIGGERS.join('|')})(?![\\p{L}])`, 'iu');

export default defineRule({
  id: 'confusable-words',
  meta: { severity: 'warning', languages: ['en'], sources: ['003'], messageIds: ['confusable'], lists: ['pairs'] },
  check(ctx) {
    const pairs = ctx.list('pairs');
    const out: RuleReport[] = [];
    for (const terms of ctx.englishTerms(TRIGGER)) {
      terms.forEach((term, i) => {
        const test = CHECKS[term.normal];
        if (!test) return;
        const around: Around = { term, prev: terms[i - 1], prev2: terms[i - 2], next: terms[i + 1], next2: terms[i + 2], before: terms.slice(Math.max(0, i - 8), i) };
        if (!test(around)) return;
        const alt = pairs.find(term.normal)[0]?.replacement ?? '';
        out.push({ start: term.start, end: term.end, messageId: 'confusable', data: { alt }, suggestion: alt.split(' / ')[0] });
      });
    }
    return out;
  },
});
