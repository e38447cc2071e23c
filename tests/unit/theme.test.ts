// @vitest-environment happy-dom
/** Colours the user must be able to read on every page: badge text, underlines on light and dark pages, and which theme a page has. */
import { describe, expect, it } from 'vitest';
import { BADGE_COLOURS, BADGE_TEXT, PAGE_BACKGROUNDS, UNDERLINE_COLOURS } from '@/lib/highlight/styles';
import { contrast, parseColour, themeAround } from '@/lib/highlight/theme';

describe('contrast', () => {
  it('is computed as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(parseColour('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3, 0.5]);
  });

  it('of the badge text is at least 4.5:1 in every state', () => {
    for (const [state, colour] of Object.entries(BADGE_COLOURS)) expect(contrast(BADGE_TEXT, colour), state).toBeGreaterThanOrEqual(4.5);
  });

  it('of every underline is at least 3:1 against the page of its theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const [severity, colour] of Object.entries(UNDERLINE_COLOURS[theme])) {
        expect(contrast(colour, PAGE_BACKGROUNDS[theme]), `${theme} ${severity}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('the theme around an editor', () => {
  it('follows the first opaque background behind it', () => {
    document.body.innerHTML = '<div id="page" style="background-color: rgb(24, 25, 26)"><div style="background-color: rgba(255,255,255,0.1)"><div id="ed" contenteditable="true"></div></div></div>';
    expect(themeAround(document.getElementById('ed')!)).toBe('dark');
    document.getElementById('page')!.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(themeAround(document.getElementById('ed')!)).toBe('light');
  });

  it('reads light text on a transparent page as a dark page', () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true" style="color: rgb(232, 234, 237)"></div>';
    expect(themeAround(document.getElementById('ed')!)).toBe('dark');
    document.getElementById('ed')!.style.color = 'rgb(32, 33, 36)';
    expect(themeAround(document.getElementById('ed')!)).toBe('light');
  });
});
