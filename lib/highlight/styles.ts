/** Highlight names and colours. The names are part of the contract (tests and users' own CSS may refer to them). */
import type { Severity } from '../checker/types';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'followup-lint-error',
  warning: 'followup-lint-warning',
  info: 'followup-lint-info',
};
export const REVEAL_HIGHLIGHT = 'followup-lint-reveal';

export const SEVERITY_COLOURS: Record<Severity, string> = {
  error: '#d93025',
  warning: '#e37400',
  info: '#1a73e8',
};

/** ::highlight() rules: they only style the named highlights, so nothing else on the page changes. */
export const HIGHLIGHT_CSS = (Object.keys(HIGHLIGHT_NAMES) as Severity[])
  .map(
    // Hints (info) get a quiet dotted line: they often cover a whole line (no close, no interest stated).
    (s) =>
      `::highlight(${HIGHLIGHT_NAMES[s]}) { text-decoration: underline ${s === 'info' ? 'dotted' : 'wavy'} ${SEVERITY_COLOURS[s]}; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }`,
  )
  .concat(`::highlight(${REVEAL_HIGHLIGHT}) { background-color: rgba(26, 115, 232, 0.25); }`)
  .join('\n');

/** Styles of the badge, card and overlay, inside the UI host's shadow root. */
export const UI_CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none; }
* { box-sizing: border-box; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; }
.badge { position: absolute; pointer-events: auto; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px; border: none;
  font: 600 12px/22px system-ui, sans-serif; color: #fff; background: #5f6368; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.badge[data-worst="error"] { background: ${SEVERITY_COLOURS.error}; }
.badge[data-worst="warning"] { background: ${SEVERITY_COLOURS.warning}; }
.badge[data-worst="info"] { background: ${SEVERITY_COLOURS.info}; }
.badge[data-worst="none"] { background: #188038; }
.badge[data-state="not-follow-up"] { background: #9aa0a6; }
.badge[hidden], .card[hidden] { display: none; }
.card { position: absolute; pointer-events: auto; width: 320px; max-height: 360px; overflow: auto; padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #202124; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.card h3 { margin: 0 0 4px; font-size: 13px; }
.card p { margin: 0 0 6px; }
.card .finding { border-left: 3px solid #9aa0a6; padding-left: 8px; margin-bottom: 10px; }
.card .finding[data-severity="error"] { border-color: ${SEVERITY_COLOURS.error}; }
.card .finding[data-severity="warning"] { border-color: ${SEVERITY_COLOURS.warning}; }
.card .finding[data-severity="info"] { border-color: ${SEVERITY_COLOURS.info}; }
.card .advice { color: #3c4043; }
.card .suggestion { color: #137333; }
.card .actions { display: flex; gap: 8px; justify-content: flex-end; }
.card button { font: inherit; border: 1px solid #dadce0; background: #fff; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
.box { position: absolute; height: 2px; pointer-events: none; }
.box[data-severity="error"] { background: ${SEVERITY_COLOURS.error}; }
.box[data-severity="warning"] { background: ${SEVERITY_COLOURS.warning}; }
.box[data-severity="info"] { background: ${SEVERITY_COLOURS.info}; }
`;
