/**
 * Words of the extension's own interface (badge, card, side panel, popup, options), in the five
 * languages, one file per area and language: lib/i18n/<lang>/<area>.json. The checker's
 * messages and advice live with the checker (lib/checker/messages).
 */
import { LANGS, type Lang } from '../checker/types';
import enCommon from './en/common.json';
import enCompose from './en/compose.json';
import enPanel from './en/panel.json';
import enPopup from './en/popup.json';
import enOptions from './en/options.json';
import deCommon from './de/common.json';
import deCompose from './de/compose.json';
import dePanel from './de/panel.json';
import dePopup from './de/popup.json';
import deOptions from './de/options.json';
import daCommon from './da/common.json';
import daCompose from './da/compose.json';
import daPanel from './da/panel.json';
import daPopup from './da/popup.json';
import daOptions from './da/options.json';
import nbCommon from './nb/common.json';
import nbCompose from './nb/compose.json';
import nbPanel from './nb/panel.json';
import nbPopup from './nb/popup.json';
import nbOptions from './nb/options.json';
import svCommon from './sv/common.json';
import svCompose from './sv/compose.json';
import svPanel from './sv/panel.json';
import svPopup from './sv/popup.json';
import svOptions from './sv/options.json';

const en = { ...enCommon, ...enCompose, ...enPanel, ...enPopup, ...enOptions };
export type UiKey = keyof typeof en;

export const UI_STRINGS: Record<Lang, Record<UiKey, string>> = {
  en,
  de: { ...deCommon, ...deCompose, ...dePanel, ...dePopup, ...deOptions } as Record<UiKey, string>,
  da: { ...daCommon, ...daCompose, ...daPanel, ...daPopup, ...daOptions } as Record<UiKey, string>,
  nb: { ...nbCommon, ...nbCompose, ...nbPanel, ...nbPopup, ...nbOptions } as Record<UiKey, string>,
  sv: { ...svCommon, ...svCompose, ...svPanel, ...svPopup, ...svOptions } as Record<UiKey, string>,
};

/** The interface language: the setting, else the browser's language if supported, else English. */
export function resolveUiLang(setting: Lang | 'auto', browserLang: string): Lang {
  if (setting !== 'auto') return setting;
  const tag = browserLang.toLowerCase();
  const base = tag === 'no' || tag.startsWith('nn') || tag.startsWith('no-') ? 'nb' : tag.split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** The key's form for a count, where the language has one ("badge.label.one"): Intl.PluralRules picks the category. */
function pluralKey(lang: Lang, key: UiKey, count: unknown): UiKey {
  if (typeof count !== 'number') return key;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang === 'nb' ? 'nb' : lang)));
  const form = `${key}.${rules.select(count)}` as UiKey;
  return form in UI_STRINGS[lang] ? form : key;
}

/** A translated string with {placeholders} filled in; with a numeric `count`, in its plural form where one exists. */
export function translate(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  key = pluralKey(lang, key, values.count);
  const template = UI_STRINGS[lang][key] ?? UI_STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Names of the languages, each in its own language (for language pickers). */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  de: 'Deutsch',
  da: 'Dansk',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
};
