/**
 * The user's personal defaults, kept in extension storage (never a draft). Every read goes
 * through `parseSettings`, so missing, old or corrupted values fall back field by field to
 * the defaults instead of failing: a broken value loses only itself.
 */
import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
// Only the checker's types and constants: the settings are read in the content script, which must not bundle the checker.
import { DEFAULT_BUDGETS, DEFAULT_SEVERITY, LANGS, RULE_IDS, SEVERITIES, type Budgets, type CheckSettings, type Lang, type RuleId, type Severity } from './checker/types';

export const SITES = ['gmail', 'linkedin', 'facebook'] as const;
export type Site = (typeof SITES)[number];
export const INTERVIEW_KINDS = ['in-person', 'phone', 'video'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export interface Settings {
  profile: {
    name: string;
    role: string;
    company: string;
    /** One name per entry. */
    interviewers: string[];
    /** YYYY-MM-DD, or '' when unknown. */
    interviewDate: string;
    /** HH:MM, or '' when unknown. */
    interviewTime: string;
    interviewKind: InterviewKind;
    /** YYYY-MM-DD: when the employer said they would decide. */
    decisionDate: string;
  };
  /** Language of the extension's pages and cards: 'auto' follows the browser. */
  uiLang: Lang | 'auto';
  /** Language of messages and advice: 'auto' follows the draft. */
  adviceLang: Lang | 'auto';
  budgets: Budgets;
  rules: Record<RuleId, { enabled: boolean; severity: Severity }>;
  sites: Record<Site, boolean>;
}

/** Longest text kept in a settings field; longer values are cut, not rejected. */
export const MAX_FIELD_LENGTH = 200;
export const MAX_INTERVIEWERS = 12;

export const DEFAULT_SETTINGS: Settings = {
  profile: { name: '', role: '', company: '', interviewers: [], interviewDate: '', interviewTime: '', interviewKind: 'in-person', decisionDate: '' },
  uiLang: 'auto',
  adviceLang: 'auto',
  budgets: { ...DEFAULT_BUDGETS },
  rules: Object.fromEntries(RULE_IDS.map((id) => [id, { enabled: true, severity: DEFAULT_SEVERITY[id] }])) as Settings['rules'],
  sites: { gmail: true, linkedin: true, facebook: true },
};

const text = (fallback = '') =>
  v.fallback(
    v.pipe(
      v.string(),
      v.transform((s) => s.slice(0, MAX_FIELD_LENGTH).trim()),
    ),
    fallback,
  );
const isoDay = v.fallback(v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]), '');
const clockTime = v.fallback(v.union([v.literal(''), v.pipe(v.string(), v.isoTime())]), '');
const language = v.fallback(v.picklist([...LANGS, 'auto'] as const), 'auto');
const budget = (fallback: number, max: number) => v.fallback(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max)), fallback);

const SettingsSchema = v.object({
  profile: v.fallback(
    v.object({
      name: text(),
      role: text(),
      company: text(),
      interviewers: v.fallback(
        v.pipe(
          v.array(v.unknown()),
          v.transform((list) =>
            list
              .filter((x): x is string => typeof x === 'string')
              .map((s) => s.slice(0, MAX_FIELD_LENGTH).trim())
              .filter(Boolean)
              .slice(0, MAX_INTERVIEWERS),
          ),
        ),
        [],
      ),
      interviewDate: isoDay,
      interviewTime: clockTime,
      interviewKind: v.fallback(v.picklist(INTERVIEW_KINDS), 'in-person'),
      decisionDate: isoDay,
    }),
    DEFAULT_SETTINGS.profile,
  ),
  uiLang: language,
  adviceLang: language,
  budgets: v.fallback(
    v.object({
      email: budget(DEFAULT_BUDGETS.email, 5000),
      message: budget(DEFAULT_BUDGETS.message, 5000),
      post: budget(DEFAULT_BUDGETS.post, 5000),
      comment: budget(DEFAULT_BUDGETS.comment, 5000),
      'connection-note': budget(DEFAULT_BUDGETS['connection-note'], 300),
    }),
    DEFAULT_SETTINGS.budgets,
  ),
  // One entry per known rule; unknown rule ids are dropped, a broken entry gets the rule's defaults.
  rules: v.fallback(
    v.object(
      Object.fromEntries(
        RULE_IDS.map((id) => [
          id,
          v.fallback(
            v.object({
              enabled: v.fallback(v.boolean(), true),
              severity: v.fallback(v.picklist(SEVERITIES), DEFAULT_SETTINGS.rules[id].severity),
            }),
            DEFAULT_SETTINGS.rules[id],
          ),
        ]),
      ) as unknown as Record<RuleId, v.GenericSchema<unknown, { enabled: boolean; severity: Severity }>>,
    ),
    DEFAULT_SETTINGS.rules,
  ),
  sites: v.fallback(
    v.object({ gmail: v.fallback(v.boolean(), true), linkedin: v.fallback(v.boolean(), true), facebook: v.fallback(v.boolean(), true) }),
    DEFAULT_SETTINGS.sites,
  ),
});

/** Any stored value → valid Settings. Never throws. */
export function parseSettings(raw: unknown): Settings {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const result = v.safeParse(SettingsSchema, input);
  return result.success ? (result.output as Settings) : structuredClone(DEFAULT_SETTINGS);
}

/** Settings as stored. Version 1 is the first; later versions add migrations here. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings));
}

/** Calls back with parsed settings whenever they change in storage (any tab, any page). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

/** The interview's start as ISO 8601 in local time, or undefined when no date is set. */
export function interviewDateTime(settings: Settings): string | undefined {
  const { interviewDate, interviewTime } = settings.profile;
  if (!interviewDate) return undefined;
  const local = new Date(`${interviewDate}T${interviewTime || '12:00'}:00`);
  return Number.isNaN(local.getTime()) ? undefined : local.toISOString();
}

/**
 * The only settings the content script gets (from the background, `contentSettings`): which
 * sites are on and the interface language. Nothing of the profile; the content script never
 * reads storage itself.
 */
export interface ContentSettings {
  sites: Record<Site, boolean>;
  uiLang: Settings['uiLang'];
}

export function toContentSettings(settings: Settings): ContentSettings {
  return { sites: { ...settings.sites }, uiLang: settings.uiLang };
}

/** What the checker needs from the settings. */
export function toCheckSettings(settings: Settings, options: { force?: boolean; preferredLang?: Lang } = {}): CheckSettings {
  const { profile } = settings;
  return {
    rules: settings.rules,
    budgets: settings.budgets,
    adviceLang: settings.adviceLang,
    preferredLang: options.preferredLang,
    force: options.force,
    profile: { name: profile.name, company: profile.company, role: profile.role, interviewers: profile.interviewers },
  };
}

/** Ticks in the popup's follow-up process checklist, by step id. */
export const checklistItem = storage.defineItem<Record<string, boolean>>('local:checklist', { fallback: {}, version: 1 });

export function parseChecklist(raw: unknown): Record<string, boolean> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([k, val]) => k.length <= 64 && typeof val === 'boolean'));
}
