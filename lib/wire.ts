/**
 * Reports as they travel between the extension's parts. check() gives every finding its rule's
 * advice, a paragraph that is the same for every finding of the rule; over messaging each
 * rule's advice goes once, in `advice`, and the findings go without it. The receivers (the
 * content script's card, the side panel) read a finding's advice from that map.
 * The CLI and the evaluation use check()'s Report as it is.
 */
import type { Finding, Report, RuleId } from './checker/types';

export type WireFinding = Omit<Finding, 'advice'>;

export interface WireReport extends Omit<Report, 'findings'> {
  findings: WireFinding[];
  /** Each rule's advice, once for all its findings. */
  advice: Partial<Record<RuleId, string>>;
}

export function toWireReport(report: Report): WireReport {
  const advice: Partial<Record<RuleId, string>> = {};
  const findings = report.findings.map(({ advice: text, ...finding }) => {
    advice[finding.rule] ??= text;
    return finding;
  });
  return { ...report, findings, advice };
}

/** A finding with its advice again, for what shows one finding at a time (the in-page card). */
export function withAdvice(report: Pick<WireReport, 'advice'>, finding: WireFinding): Finding {
  return { ...finding, advice: report.advice[finding.rule] ?? '' };
}
