/**
 * Which findings are drawn in the text and which live only in the badge's card, and in what
 * order the card lists them.
 *
 * A finding about the draft as a whole (no interest stated, no closing, a thank-you on a public
 * wall, a connection note used as a follow-up) has no words to point at: drawn, it is a wave under
 * every word that hides the marks that matter ("thx", "!!"), and a click anywhere in the text
 * would open it. So those go to the badge's card only. The checker gives these findings the span
 * of a whole line or of the text past the budget; the rules that do so are listed here by id
 * (docs/rules describes each), so a long span of another rule (a repeated sentence) stays drawn.
 */
import type { RuleId, Severity } from '../checker/types';
import type { WireFinding, WireReport } from '../wire';

/** Rules whose findings are always about the whole draft. */
const WHOLE_DRAFT_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'missing-interest',
  'missing-closing',
  'missing-thanks',
  'missing-interview-reference',
  'connection-request',
  'late-follow-up',
  'too-long',
]);

/**
 * Rules that point at words in some cases and at the whole first line in others: public-post
 * (an audience word like "everyone", or a whole post), generic-greeting ("Dear Sir", or no
 * greeting at all, when it spans the first line). A span this long is a line, not words.
 */
const LINE_OR_WORDS_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['public-post', 'generic-greeting']);
export const LONGEST_WORDS_SPAN = 40;

export function isWholeDraft(finding: Pick<WireFinding, 'rule' | 'start' | 'end'>): boolean {
  if (WHOLE_DRAFT_RULES.has(finding.rule)) return true;
  if (finding.end <= finding.start) return true;
  return LINE_OR_WORDS_RULES.has(finding.rule) && finding.end - finding.start > LONGEST_WORDS_SPAN;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The card's order: errors, then warnings, then hints; within each, as they come in the text. */
export function cardOrder<F extends Pick<WireFinding, 'severity' | 'start' | 'end'>>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start || a.end - b.end);
}

/** The findings of a report the user is shown (the badge's count): none on a draft that is not a follow-up. */
export function listedFindings(report: WireReport | null): WireFinding[] {
  return report?.applicable ? report.findings : [];
}

/** The findings drawn in the text: those about words. */
export function drawnFindings(report: WireReport | null): WireFinding[] {
  return listedFindings(report).filter((f) => !isWholeDraft(f));
}
