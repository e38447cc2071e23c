import { messages } from 'virtual:followup-lint/messages';
import type { Lang, RuleId, Surface } from '../types';
import type { RuleMessages } from '../data/compile';

export type { RuleMessages };

export interface Messages {
  surfaces: Record<Surface, string>;
  rules: Record<RuleId, RuleMessages>;
}

/**
 * Messages, advice and example sentences for each rule, in each language: each rule's from its
 * own lib/checker/rules/<rule-id>/<lang>.yaml, surface names from lib/checker/languages/<lang>.yaml.
 */
export const MESSAGES = messages as Readonly<Record<Lang, Messages>>;

/** Fills {placeholders} in a message. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
