import { useId } from 'react';
import type { RuleId, Severity } from '@/lib/checker/types';

/** One check in the options: on/off with its name, a one-line description, and how it is marked. */
export function OptionsRuleRow({
  rule,
  name,
  description,
  enabled,
  severity,
  severityLabel,
  severityNames,
  onEnabledChange,
  onSeverityChange,
}: {
  rule: RuleId;
  name: string;
  description: string;
  enabled: boolean;
  severity: Severity;
  severityLabel: string;
  severityNames: Readonly<Record<Severity, string>>;
  onEnabledChange(enabled: boolean): void;
  onSeverityChange(severity: Severity): void;
}) {
  const id = useId();
  return (
    <li className={enabled ? 'rule' : 'rule rule-off'} data-testid="rule" data-rule={rule}>
      <div className="rule-text">
        <label className="field-checkbox">
          <input
            type="checkbox"
            checked={enabled}
            aria-describedby={`${id}-description`}
            onChange={(event) => onEnabledChange(event.target.checked)}
          />
          <span id={`${id}-name`} className="rule-name">
            {name}
          </span>
        </label>
        <p id={`${id}-description`} className="hint">
          {description}
        </p>
      </div>
      <div className="rule-severity">
        <label id={`${id}-severity`} htmlFor={`${id}-select`}>
          {severityLabel}
        </label>
        <select
          id={`${id}-select`}
          value={severity}
          aria-labelledby={`${id}-name ${id}-severity`}
          onChange={(event) => onSeverityChange(event.target.value as Severity)}
        >
          {(Object.keys(severityNames) as Severity[]).map((level) => (
            <option key={level} value={level}>
              {severityNames[level]}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
