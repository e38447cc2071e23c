import { useId } from 'react';

export interface FieldSelectOption<V extends string> {
  value: V;
  label: string;
  /** Language of the label, when it differs from the page's (a language's own name). */
  lang?: string;
}

/** A labelled drop-down list. */
export function FieldSelect<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly FieldSelectOption<V>[];
  onChange(value: V): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as V)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
