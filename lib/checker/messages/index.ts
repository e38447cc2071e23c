import type { Lang, RuleId, Surface } from '../types';
import en from './en.json';
import de from './de.json';
import da from './da.json';
import nb from './nb.json';
import sv from './sv.json';

export interface RuleMessages {
  name: string;
  messages: Record<string, string>;
  advice: string;
  suggestion?: string;
}

export interface Messages {
  surfaces: Record<Surface, string>;
  rules: Record<RuleId, RuleMessages>;
}

/** Messages, advice and example sentences for each rule, in each language. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, de, da, nb, sv } as Record<Lang, Messages>;

/** Fills {placeholders} in a message. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
