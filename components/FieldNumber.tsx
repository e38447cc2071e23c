import { useId } from 'react';
import { useEditBuffer } from './FieldEditBuffer';

/**
 * A labelled whole-number field with its unit ("250 words"). What the user types is read with
 * `parse`; anything it rejects is marked invalid, explained, and not passed on.
 */
export function FieldNumber({
  label,
  unit,
  value,
  parse,
  invalidText,
  onChange,
  onInvalid,
}: {
  label: string;
  unit: string;
  value: number;
  parse(input: string): number | null;
  invalidText: string;
  onChange(value: number): void;
  onInvalid?(): void;
}) {
  const id = useId();
  // A rejected entry stays on screen (marked) until the user corrects it.
  const buffer = useEditBuffer(value, String, (local, saved) => {
    const parsed = parse(local);
    return parsed === null || parsed === saved;
  });
  const invalid = parse(buffer.local) === null;
  return (
    <div className="field field-number">
      <label htmlFor={id}>{label}</label>
      <span className="number-with-unit">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          size={5}
          value={buffer.local}
          aria-invalid={invalid}
          aria-describedby={`${id}-unit${invalid ? ` ${id}-error` : ''}`}
          onFocus={buffer.onFocus}
          onBlur={buffer.onBlur}
          onChange={(event) => {
            const text = event.target.value;
            buffer.setLocal(text);
            const parsed = parse(text);
            if (parsed === null) onInvalid?.();
            else onChange(parsed);
          }}
        />
        <span id={`${id}-unit`} className="unit">
          {unit}
        </span>
      </span>
      {invalid && (
        <p id={`${id}-error`} className="error">
          {invalidText}
        </p>
      )}
    </div>
  );
}
