import type { Severity } from '@/lib/checker/types';

/** A different shape per severity as well as a colour, so the mark does not rely on colour alone. */
const GLYPHS: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

/** The mark in front of a finding or a severity heading; decorative, the text beside it says the severity. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span className="severity-icon" data-severity={severity} aria-hidden="true">
      {GLYPHS[severity]}
    </span>
  );
}
