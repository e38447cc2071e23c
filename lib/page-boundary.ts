/**
 * The sites are untrusted: a page can read what the content script draws into it (underlines in
 * `CSS.highlights`, anything in its DOM) and can write text into compose boxes of its own. These
 * two decisions of the background keep the user's profile (who interviewed them, where, when)
 * from being learned through the content script:
 * - `checkSettingsFor`: names from the profile count as evidence that a draft is a follow-up only
 *   in a box the user is typing in, never in text a script put into a box;
 * - `reportForPage`: findings whose existence or words come from the profile (the hours since the
 *   stored interview) stay in the background and the side panel; the page gets the rest.
 * Budgets, rule switches and severities are preferences, not facts about the user's interview:
 * they still shape what the page shows.
 */
import type { CheckSettings, Report, RuleId } from './checker/types';
import { toCheckSettings, type Settings } from './settings';

/** Rules whose findings are derived from the profile: late-follow-up exists only because of the stored interview date, and says how many hours ago it was. */
export const PROFILE_DERIVED_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['late-follow-up']);

/** What the checker gets for one request: the profile's names only when the user typed in that box. */
export function checkSettingsFor(settings: Settings, request: { force: boolean; typed: boolean }): CheckSettings {
  const checkSettings = toCheckSettings(settings, { force: request.force });
  if (request.typed) return checkSettings;
  const { profile: _withheld, ...rest } = checkSettings;
  return rest;
}

/**
 * The report as the content script may have it: without findings derived from the profile, and
 * without the reasons for the follow-up decision (a name from the settings can be one of them;
 * the side panel shows them).
 */
export function reportForPage(report: Report): Report {
  const { followUp: _explainedInThePanel, ...rest } = report;
  return { ...rest, findings: report.findings.filter((f) => !PROFILE_DERIVED_RULES.has(f.rule)) };
}
