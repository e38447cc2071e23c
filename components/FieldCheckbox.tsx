import type { ReactNode } from 'react';

/** A checkbox with its label; extra attributes (data-*) go on the wrapping label. */
export function FieldCheckbox({
  label,
  checked,
  onChange,
  ...attributes
}: {
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  [data: `data-${string}`]: string | undefined;
}) {
  return (
    <label className="field-checkbox" {...attributes}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
