/**
 * Words of the "About the advice" page only (lib/i18n/<lang>/about.json): kept out of UI_STRINGS
 * so the content script, which imports those, does not carry five long pages it never shows.
 */
import type { Lang } from '../checker/types';
import da from './da/about.json';
import de from './de/about.json';
import en from './en/about.json';
import nb from './nb/about.json';
import sv from './sv/about.json';

export type AboutKey = keyof typeof en;
export const ABOUT_STRINGS: Record<Lang, Record<AboutKey, string>> = { en, de, da, nb, sv } as Record<Lang, Record<AboutKey, string>>;

export function aboutText(lang: Lang, key: AboutKey, values: Record<string, string> = {}): string {
  const template = ABOUT_STRINGS[lang][key] ?? ABOUT_STRINGS.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
