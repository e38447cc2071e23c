/** Highlight names and colours. The names are part of the contract (tests and users' own CSS may refer to them). */
import type { Severity } from '../checker/types';
import type { Theme } from './theme';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'followup-lint-error',
  warning: 'followup-lint-warning',
  info: 'followup-lint-info',
};
export const REVEAL_HIGHLIGHT = 'followup-lint-reveal';

/**
 * Underline colours per page theme: each at least 3:1 against the page behind it (WCAG 1.4.11,
 * non-text contrast; `tests/unit/theme.test.ts` checks them against white and a dark page).
 */
export const UNDERLINE_COLOURS: Record<Theme, Record<Severity, string>> = {
  light: { error: '#d93025', warning: '#b05a00', info: '#1967d2' },
  dark: { error: '#f28b82', warning: '#fdd663', info: '#8ab4f8' },
};

/** The badge's colours: white text on each at least 4.5:1 (WCAG 1.4.3). */
export const BADGE_TEXT = '#ffffff';
export const BADGE_COLOURS = {
  error: '#c5221f',
  warning: '#b05a00',
  info: '#1967d2',
  none: '#137333',
  'not-follow-up': '#5f6368',
} as const;

/** Backgrounds the themes are checked against (the darkest and lightest pages the sites have). */
export const PAGE_BACKGROUNDS: Record<Theme, string> = { light: '#ffffff', dark: '#18191a' };

/** ::highlight() rules: they only style the named highlights, so nothing else on the page changes. */
export function highlightCss(theme: Theme): string {
  const colours = UNDERLINE_COLOURS[theme];
  return (Object.keys(HIGHLIGHT_NAMES) as Severity[])
    .map(
      // Hints (info) get a dotted line: quieter than the waves of errors and warnings.
      (s) =>
        `::highlight(${HIGHLIGHT_NAMES[s]}) { text-decoration: underline ${s === 'info' ? 'dotted' : 'wavy'} ${colours[s]}; text-decoration-thickness: ${s === 'info' ? 2 : 1.5}px; text-underline-offset: 2px; }`,
    )
    .concat(`::highlight(${REVEAL_HIGHLIGHT}) { background-color: ${theme === 'dark' ? 'rgba(138, 180, 248, 0.35)' : 'rgba(26, 115, 232, 0.25)'}; }`)
    .join('\n');
}
export const HIGHLIGHT_CSS = highlightCss('light');

const light = UNDERLINE_COLOURS.light;
const dark = UNDERLINE_COLOURS.dark;

/** Styles of the badge, card and overlay, inside the UI host's shadow root. `.layer[data-theme=dark]` follows a dark page. */
export const UI_CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none; }
* { box-sizing: border-box; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; }
.badge { position: absolute; pointer-events: auto; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px; border: none;
  font: 600 12px/22px system-ui, sans-serif; color: ${BADGE_TEXT}; background: ${BADGE_COLOURS['not-follow-up']}; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.badge[data-worst="error"] { background: ${BADGE_COLOURS.error}; }
.badge[data-worst="warning"] { background: ${BADGE_COLOURS.warning}; }
.badge[data-worst="info"] { background: ${BADGE_COLOURS.info}; }
.badge[data-worst="none"] { background: ${BADGE_COLOURS.none}; }
.badge[data-state="not-follow-up"] { background: ${BADGE_COLOURS['not-follow-up']}; }
.badge:focus-visible { outline: 2px solid #1967d2; outline-offset: 2px; }
.badge[hidden], .card[hidden] { display: none; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.card { position: fixed; left: 0; top: 0; pointer-events: auto; width: 320px; max-width: calc(100vw - 16px); max-height: 360px; overflow: auto;
  padding: 10px 12px; border-radius: 8px; background: #fff; color: #202124; font: 13px/1.4 system-ui, sans-serif;
  box-shadow: 0 2px 10px rgba(0,0,0,.25); outline: none; }
.card:focus-visible { box-shadow: 0 0 0 2px #1967d2, 0 2px 10px rgba(0,0,0,.25); }
.card .title { margin: 0 0 8px; font-size: 12px; font-weight: 600; color: #5f6368; }
.card h3 { margin: 0 0 4px; font-size: 13px; }
.card p { margin: 0 0 6px; }
.card .finding { border-left: 3px solid #5f6368; padding-left: 8px; margin-bottom: 10px; }
.card .finding[data-severity="error"] { border-color: ${light.error}; }
.card .finding[data-severity="warning"] { border-color: ${light.warning}; }
.card .finding[data-severity="info"] { border-color: ${light.info}; }
.card .advice { color: #3c4043; }
.card .suggestion { color: #137333; }
.card .sources { color: #5f6368; font-size: 12px; }
.card .finding button { margin-top: 2px; font-size: 12px; }
.card .actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
.card button { font: inherit; color: #202124; border: 1px solid #80868b; background: #fff; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
.card button:focus-visible { outline: 2px solid #1967d2; outline-offset: 1px; }
.layer[data-theme="dark"] .card { background: #292a2d; color: #e8eaed; box-shadow: 0 2px 12px rgba(0,0,0,.6); }
.layer[data-theme="dark"] .card .title { color: #bdc1c6; }
.layer[data-theme="dark"] .card .advice { color: #dadce0; }
.layer[data-theme="dark"] .card .suggestion { color: #81c995; }
.layer[data-theme="dark"] .card .sources { color: #bdc1c6; }
.layer[data-theme="dark"] .card button { color: #e8eaed; background: #3c4043; border-color: #9aa0a6; }
.layer[data-theme="dark"] .card .finding { border-color: #9aa0a6; }
.layer[data-theme="dark"] .card .finding[data-severity="error"] { border-color: ${dark.error}; }
.layer[data-theme="dark"] .card .finding[data-severity="warning"] { border-color: ${dark.warning}; }
.layer[data-theme="dark"] .card .finding[data-severity="info"] { border-color: ${dark.info}; }
.box { position: absolute; height: 2px; pointer-events: none; }
.box[data-severity="error"] { background: ${light.error}; }
.box[data-severity="warning"] { background: ${light.warning}; }
.box[data-severity="info"] { background: ${light.info}; }
.layer[data-theme="dark"] .box[data-severity="error"] { background: ${dark.error}; }
.layer[data-theme="dark"] .box[data-severity="warning"] { background: ${dark.warning}; }
.layer[data-theme="dark"] .box[data-severity="info"] { background: ${dark.info}; }
`;
