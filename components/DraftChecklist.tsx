import type { Finding, Lang, RuleId } from '@/lib/checker/types';
import { translate, type UiKey } from '@/lib/i18n/index';
import type { Settings } from '@/lib/settings';

/** The popup's checklist: one line per thing a follow-up must get right, and the rules that decide it. */
export const DRAFT_CHECKS = [
  { id: 'thanks', rules: ['missing-thanks'] },
  { id: 'interview', rules: ['missing-interview-reference'] },
  { id: 'greeting', rules: ['generic-greeting'] },
  { id: 'tone', rules: ['informal-tone', 'pushy-tone', 'overselling', 'humble-brag'] },
  { id: 'length', rules: ['too-long'] },
  { id: 'audience', rules: ['public-post'] },
  { id: 'closing', rules: ['missing-closing'] },
  { id: 'interest', rules: ['missing-interest'] },
  { id: 'timing', rules: ['late-follow-up'] },
] as const satisfies readonly { id: string; rules: readonly RuleId[] }[];

export type DraftCheckId = (typeof DRAFT_CHECKS)[number]['id'];
export type CheckState = 'pass' | 'fail' | 'off';

const LABELS: Record<DraftCheckId, UiKey> = {
  thanks: 'popup.check.thanks',
  interview: 'popup.check.interview',
  greeting: 'popup.check.greeting',
  tone: 'popup.check.tone',
  length: 'popup.check.length',
  audience: 'popup.check.audience',
  closing: 'popup.check.closing',
  interest: 'popup.check.interest',
  timing: 'popup.check.timing',
};

const STATES: Record<CheckState, UiKey> = { pass: 'popup.state.pass', fail: 'popup.state.fail', off: 'popup.state.off' };
const MARKS: Record<CheckState, string> = { pass: '✓', fail: '✕', off: '–' };

/**
 * A line is off when every one of its rules is switched off in the settings, fails when a
 * finding of one of its (switched-on) rules is present, and passes otherwise.
 */
export function draftCheckStates(findings: readonly Pick<Finding, 'rule'>[], rules: Settings['rules']): Record<DraftCheckId, CheckState> {
  const found = new Set(findings.map((f) => f.rule));
  return Object.fromEntries(
    DRAFT_CHECKS.map(({ id, rules: ids }) => {
      const enabled = (ids as readonly RuleId[]).filter((rule) => rules[rule]?.enabled !== false);
      const state: CheckState = enabled.length === 0 ? 'off' : enabled.some((rule) => found.has(rule)) ? 'fail' : 'pass';
      return [id, state];
    }),
  ) as Record<DraftCheckId, CheckState>;
}

/** The checklist for the focused draft, a pass/fail/off mark on each line. */
export function DraftChecklist({ findings, rules, uiLang }: { findings: readonly Pick<Finding, 'rule'>[]; rules: Settings['rules']; uiLang: Lang }) {
  const states = draftCheckStates(findings, rules);
  return (
    <ul className="checks">
      {DRAFT_CHECKS.map(({ id }) => {
        const state = states[id];
        return (
          <li key={id} className="check" data-testid="check" data-check={id} data-state={state}>
            <span className="check-mark" aria-hidden="true">
              {MARKS[state]}
            </span>
            <span className="check-label">{translate(uiLang, LABELS[id])}</span>
            <span className="check-state">{translate(uiLang, STATES[state])}</span>
          </li>
        );
      })}
    </ul>
  );
}
