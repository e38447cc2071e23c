import { useId } from 'react';
import { useEditBuffer } from './FieldEditBuffer';

/** A labelled one-line text field whose every edit is passed on (the settings trim what they keep). */
export function FieldText({
  label,
  value,
  onChange,
  hint,
  maxLength,
  autoComplete = 'off',
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  maxLength?: number;
  autoComplete?: string;
}) {
  const id = useId();
  const buffer = useEditBuffer(value, (saved) => saved, (local, saved) => local.trim() === saved);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={buffer.local}
        maxLength={maxLength}
        autoComplete={autoComplete}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onFocus={buffer.onFocus}
        onBlur={buffer.onBlur}
        onChange={(event) => {
          buffer.setLocal(event.target.value);
          onChange(event.target.value);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
