/** A rule's one-line description on the options page: the first sentence of its advice. */
import { MESSAGES } from '@/lib/checker/messages/index';
import { compileAbbreviations, segmentSentences } from '@/lib/checker/text';
import type { Lang, RuleId } from '@/lib/checker/types';
import en from '@/lib/checker/data/en/segmentation.json';
import de from '@/lib/checker/data/de/segmentation.json';
import da from '@/lib/checker/data/da/segmentation.json';
import nb from '@/lib/checker/data/nb/segmentation.json';
import sv from '@/lib/checker/data/sv/segmentation.json';

const SEGMENTATION: Record<Lang, { abbreviations: readonly string[] }> = { en, de, da, nb, sv };

/**
 * The first sentence of a text, split like the checker splits drafts (known abbreviations do
 * not end a sentence) except that a number before a full stop ends one: the advice says
 * "no later than 48. If that has passed", and writes no ordinal dates.
 */
export function firstSentence(text: string, lang: Lang): string {
  const abbreviations = compileAbbreviations(SEGMENTATION[lang].abbreviations);
  return segmentSentences(text, abbreviations, false)[0]?.text ?? text.trim();
}

export function ruleSummary(lang: Lang, rule: RuleId): string {
  return firstSentence(MESSAGES[lang].rules[rule].advice, lang);
}
