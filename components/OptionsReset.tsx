import { useEffect, useId, useRef, useState } from 'react';

/** "Reset to defaults", asking first in place (no pop-up window), with Cancel as the safe choice. */
export function OptionsReset({
  text,
  onReset,
}: {
  text: { button: string; question: string; confirm: string; cancel: string };
  onReset(): void;
}) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={opener} type="button" className="reset" data-testid="reset" onClick={() => setAsking(true)}>
        {text.button}
      </button>
    );
  }
  return (
    <div
      className="reset-confirm"
      role="group"
      aria-labelledby={id}
      data-testid="reset-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <p id={id}>{text.question}</p>
      <button
        type="button"
        className="danger"
        data-testid="reset-confirm-yes"
        onClick={() => {
          setAsking(false);
          onReset();
        }}
      >
        {text.confirm}
      </button>
      <button ref={cancel} type="button" data-testid="reset-confirm-no" onClick={() => setAsking(false)}>
        {text.cancel}
      </button>
    </div>
  );
}
