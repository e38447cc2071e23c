import { useId } from 'react';

/**
 * A labelled date (YYYY-MM-DD) or time (HH:MM) picker; '' when cleared. The browser shows it
 * in the user's own format and only hands over complete values.
 */
export function FieldDateTime({
  type,
  label,
  value,
  onChange,
  hint,
}: {
  type: 'date' | 'time';
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
