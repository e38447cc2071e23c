import { useId, useRef } from 'react';
import { useEditBuffer } from './FieldEditBuffer';

export interface OptionsInterviewersText {
  label: string;
  hint: string;
  empty: string;
  /** "Interviewer {number}", filled in by the caller. */
  name(number: number): string;
  add: string;
  remove: string;
  removeLabel(number: number): string;
  full: string;
}

const clean = (rows: readonly string[], maxLength: number) =>
  rows.map((row) => row.slice(0, maxLength).trim()).filter(Boolean);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The interviewers' names, one field each, with add and remove. Every edit passes on the list
 * without blank entries; a new blank row stays on screen until it is filled in or removed.
 */
export function OptionsInterviewers({
  names,
  max,
  maxLength,
  text,
  onChange,
}: {
  names: readonly string[];
  max: number;
  maxLength: number;
  text: OptionsInterviewersText;
  onChange(names: string[]): void;
}) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const buffer = useEditBuffer<readonly string[], string[]>(
    names,
    (saved) => [...saved],
    (local, saved) => sameList(clean(local, maxLength), saved),
  );
  const rows = buffer.local;
  const update = (next: string[]) => {
    buffer.setLocal(next);
    const cleaned = clean(next, maxLength);
    if (!sameList(cleaned, clean(rows, maxLength))) onChange(cleaned);
  };
  // After adding or removing, keep the keyboard where the user is working (a row, else the add button).
  const focusRow = (index: number) =>
    requestAnimationFrame(() => (list.current?.querySelectorAll<HTMLInputElement>('input')[index] ?? addButton.current)?.focus());

  return (
    <fieldset className="field interviewers" aria-describedby={`${id}-hint`} onFocus={buffer.onFocus} onBlur={buffer.onBlur}>
      <legend>{text.label}</legend>
      <p id={`${id}-hint`} className="hint">
        {text.hint}
      </p>
      {rows.length === 0 ? (
        <p className="empty">{text.empty}</p>
      ) : (
        <ul ref={list} className="interviewer-list">
          {rows.map((row, index) => (
            <li key={index} data-testid="interviewer">
              <input
                type="text"
                value={row}
                maxLength={maxLength}
                autoComplete="off"
                aria-label={text.name(index + 1)}
                onChange={(event) => update(rows.map((r, i) => (i === index ? event.target.value : r)))}
              />
              <button
                type="button"
                aria-label={text.removeLabel(index + 1)}
                onClick={() => {
                  update(rows.filter((_, i) => i !== index));
                  focusRow(Math.min(index, rows.length - 2));
                }}
              >
                {text.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {rows.length < max ? (
        <button
          ref={addButton}
          type="button"
          onClick={() => {
            update([...rows, '']);
            focusRow(rows.length);
          }}
        >
          {text.add}
        </button>
      ) : (
        <p className="hint">{text.full}</p>
      )}
    </fieldset>
  );
}
