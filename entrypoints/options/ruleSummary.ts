/** A rule's one-line description on the options page: the first sentence of its advice. */
import { MESSAGES } from '@/lib/checker/messages/index';
import { compileAbbreviations, segmentSentences } from '@/lib/checker/text';
import type { Lang, RuleId } from '@/lib/checker/types';
import { abbreviations as ABBREVIATIONS } from 'virtual:followup-lint/phrases';
import { entryToSource } from '@/lib/checker/phrases';

/**
 * The first sentence of a text, split like the checker splits drafts (known abbreviations do
 * not end a sentence) except that a number before a full stop ends one: the advice says
 * "no later than 48. If that has passed", and writes no ordinal dates.
 */
export function firstSentence(text: string, lang: Lang): string {
  const abbreviations = compileAbbreviations((ABBREVIATIONS[lang] ?? []).map((entry) => entryToSource(entry)));
  return segmentSentences(text, abbreviations, false)[0]?.text ?? text.trim();
}

export function ruleSummary(lang: Lang, rule: RuleId): string {
  return firstSentence(MESSAGES[lang].rules[rule].advice, lang);
}
