/**
 * What a form field shows while the user edits it. Settings are saved as the user types, and
 * the saved value comes back from storage slightly later (trimmed, empty entries dropped,
 * sometimes an older value first): a field that simply showed the saved value would lose a
 * trailing space or a half-typed entry under the cursor. So a field keeps its own text while it
 * has focus, and follows the saved value again when it changes from elsewhere or on leaving.
 */
import { useEffect, useRef, useState, type FocusEvent } from 'react';

export interface EditBuffer<L> {
  local: L;
  setLocal(next: L): void;
  /** Put on the field, or on the element wrapping a group of fields. */
  onFocus(): void;
  onBlur(event: FocusEvent<HTMLElement>): void;
}

/**
 * @param saved the value in the settings
 * @param toLocal how the saved value is shown
 * @param inSync whether what is shown already stands for the saved value (then it is left alone)
 */
export function useEditBuffer<T, L>(saved: T, toLocal: (saved: T) => L, inSync: (local: L, saved: T) => boolean): EditBuffer<L> {
  const [local, setLocal] = useState(() => toLocal(saved));
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current && !inSync(local, saved)) setLocal(toLocal(saved));
    // Only a change of the saved value resyncs; the user's own edits do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);
  return {
    local,
    setLocal,
    onFocus() {
      focused.current = true;
    },
    onBlur(event) {
      // Moving between fields of the same group is not leaving it.
      if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
      focused.current = false;
      if (!inSync(local, saved)) setLocal(toLocal(saved));
    },
  };
}
