export type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'error' | 'reset';

/** The small "Saved" note: announced to screen readers, empty until something changes. */
export function OptionsSaveStatus({ state, text }: { state: SaveState; text: Readonly<Record<Exclude<SaveState, 'idle'>, string>> }) {
  return (
    <p className={`save-status save-status-${state}`} role="status" aria-live="polite" data-testid="save-status" data-state={state}>
      {state === 'idle' ? '' : text[state]}
    </p>
  );
}
