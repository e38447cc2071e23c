/** ESLint-style text output: a block per file, "line:column  severity  message  rule-id", then a summary. */
import type { Report, Severity } from '../lib/checker/types';

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function formatReport(file: string, text: string, report: Report): string {
  const lines: string[] = [];
  if (!report.applicable) {
    // Say why it was left alone, with the words that weighed against a follow-up.
    const cues = report.followUp?.cues.map((c) => JSON.stringify(c.text)).join(', ');
    return `${file}\n  not a job-interview follow-up${cues ? ` (weighed against: ${cues})` : ''}; --force checks it anyway\n`;
  }
  for (const f of report.findings) {
    const { line, column } = lineColumn(text, f.start);
    lines.push(`  ${`${line}:${column}`.padEnd(8)} ${f.severity.padEnd(8)} ${f.message}  ${f.rule}`);
  }
  if (report.limit) lines.push(`  (checked the first ${report.limit.checkedChars} of ${report.limit.totalChars} characters)`);
  if (report.capped) lines.push(`  (listed ${report.capped.shown} of ${report.capped.total} findings; more of: ${report.capped.rules.join(', ')})`);
  return lines.length ? `${file}\n${lines.join('\n')}\n` : '';
}

export function summary(reports: Report[]): string {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let notApplicable = 0;
  for (const r of reports) {
    if (!r.applicable) notApplicable++;
    for (const f of r.findings) count[f.severity]++;
  }
  const total = count.error + count.warning + count.info;
  const skipped = notApplicable ? `; ${notApplicable} not a follow-up (use --force to check anyway)` : '';
  if (!total) return `✔ no problems${skipped}`;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `✖ ${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${plural(count.info, 'info')})${skipped}`;
}
