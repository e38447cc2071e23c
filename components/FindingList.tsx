import { SEVERITIES, type Lang, type RuleId, type Severity } from '@/lib/checker/types';
import { translate, type UiKey } from '@/lib/i18n/index';
import type { WireFinding, WireReport } from '@/lib/wire';
import { FindingCard } from './FindingCard';
import { SeverityIcon } from './SeverityIcon';

const HEADINGS: Record<Severity, UiKey> = {
  error: 'panel.severity.error',
  warning: 'panel.severity.warning',
  info: 'panel.severity.info',
};

interface Props {
  findings: WireFinding[];
  /** Each rule's advice, once (the report's wire form). */
  advice: WireReport['advice'];
  /** excerpts[i] is the text findings[i] covers. */
  excerpts: string[];
  ruleName(rule: RuleId): string;
  uiLang: Lang;
  /** Language of the findings' messages and advice. */
  adviceLang: Lang;
  onReveal(finding: WireFinding): void;
}

/** Findings grouped by severity, errors first; within a group in the order of the text. */
export function FindingList({ findings, advice, excerpts, ruleName, uiLang, adviceLang, onReveal }: Props) {
  const indexed = findings.map((finding, index) => ({ finding, excerpt: excerpts[index] ?? '' }));
  return (
    <div className="finding-groups" lang={adviceLang}>
      {SEVERITIES.map((severity) => {
        const group = indexed.filter(({ finding }) => finding.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} className="finding-group" data-severity={severity} aria-labelledby={headingId}>
            <h3 id={headingId} lang={uiLang}>
              <SeverityIcon severity={severity} />
              {translate(uiLang, HEADINGS[severity])} <span className="count">({group.length})</span>
            </h3>
            <ul className="findings">
              {group.map(({ finding, excerpt }) => (
                <FindingCard
                  key={`${finding.rule}:${finding.start}:${finding.end}`}
                  finding={finding}
                  advice={advice[finding.rule] ?? ''}
                  excerpt={excerpt}
                  ruleName={ruleName(finding.rule)}
                  uiLang={uiLang}
                  onReveal={onReveal}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
