import { useRef } from 'react';
import { SEVERITIES, type Lang, type RuleId, type Severity } from '@/lib/checker/types';
import { translate, type UiKey } from '@/lib/i18n/index';
import type { WireFinding, WireReport } from '@/lib/wire';
import { FindingCard } from './FindingCard';
import { SeverityIcon } from './SeverityIcon';
import { useWindowedRows } from './useWindowedRows';

const HEADINGS: Record<Severity, UiKey> = {
  error: 'panel.severity.error',
  warning: 'panel.severity.warning',
  info: 'panel.severity.info',
};

/** Lists up to this long are rendered whole (a real draft has a dozen findings at most); longer ones are windowed. */
export const RENDER_WHOLE_UP_TO = 30;

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

interface Row {
  finding: WireFinding;
  excerpt: string;
  key: string;
}

/** Findings grouped by severity, errors first; within a group in the order of the text. */
export function FindingList({ findings, advice, excerpts, ruleName, uiLang, adviceLang, onReveal }: Props) {
  const rows: Row[] = findings.map((finding, index) => ({ finding, excerpt: excerpts[index] ?? '', key: `${finding.rule}:${finding.start}:${finding.end}` }));
  const windowed = rows.length > RENDER_WHOLE_UP_TO;
  return (
    <div className="finding-groups" lang={adviceLang}>
      {SEVERITIES.map((severity) => {
        const group = rows.filter(({ finding }) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <FindingGroup
            key={severity}
            severity={severity}
            rows={group}
            windowed={windowed}
            advice={advice}
            ruleName={ruleName}
            uiLang={uiLang}
            onReveal={onReveal}
          />
        );
      })}
    </div>
  );
}

function FindingGroup({
  severity,
  rows,
  windowed,
  advice,
  ruleName,
  uiLang,
  onReveal,
}: { severity: Severity; rows: Row[]; windowed: boolean } & Pick<Props, 'advice' | 'ruleName' | 'uiLang' | 'onReveal'>) {
  const list = useRef<HTMLUListElement>(null);
  const view = useWindowedRows(
    list,
    rows.map((row) => row.key),
    windowed,
  );
  const headingId = `findings-${severity}`;
  return (
    <section className="finding-group" data-severity={severity} aria-labelledby={headingId}>
      <h3 id={headingId} lang={uiLang}>
        <SeverityIcon severity={severity} />
        {translate(uiLang, HEADINGS[severity])} <span className="count">({rows.length})</span>
      </h3>
      <ul className="findings" ref={list} onFocus={view.onFocus} style={windowed ? { paddingTop: view.padTop, paddingBottom: view.padBottom } : undefined}>
        {rows.slice(view.start, view.end).map(({ finding, excerpt, key }, i) => (
          <FindingCard
            key={key}
            rowKey={key}
            position={{ index: view.start + i, of: rows.length }}
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
}
