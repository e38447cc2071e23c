import type { Lang } from '@/lib/checker/types';
import type { LanguageCases } from './types';
import en from './en';
import enConfusable from '@/lib/checker/rules/confusable-words/en.cases';
import de from './de';
import da from './da';
import nb from './nb';
import sv from './sv';

/** Every language's rule tables; English also has the English-only confusable-words table. */
export const CASES: Record<Lang, LanguageCases> = {
  en: { ...en, rules: { ...en.rules, 'confusable-words': enConfusable } },
  de,
  da,
  nb,
  sv,
};
