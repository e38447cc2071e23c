import { useId, type ReactNode } from 'react';

/** A titled part of the options page, with an optional line of explanation. */
export function OptionsSection({ heading, hint, children }: { heading: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="options-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </section>
  );
}
