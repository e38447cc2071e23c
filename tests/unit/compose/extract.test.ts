// @vitest-environment happy-dom
/** Reading an editor's text with a map back to the DOM, for drawing over the exact words. */
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText, rangeFor, textOffset } from '@/lib/compose/extract';

beforeEach(() => {
  document.body.innerHTML = '';
});

const editor = (html: string) => {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed')!;
};

describe('extractText', () => {
  it('reads blocks and line breaks as lines', () => {
    const ed = editor('<p>Dear Anna,</p><p><br></p><p>Thank you <b>very</b> much.</p><div>Best<br>Sam</div>');
    expect(extractText(ed).text).toBe('Dear Anna,\n\nThank you very much.\nBest\nSam\n');
  });

  it('leaves out what the adapter excludes', () => {
    const ed = editor('<div>Thanks!</div><div class="gmail_quote">On Mon, Anna wrote: hey u</div>');
    const { text } = extractText(ed, (n) => n instanceof Element && n.classList.contains('gmail_quote'));
    expect(text).toBe('Thanks!\n');
  });

  it('maps offsets to the words and back', () => {
    const ed = editor('<p>Hey <span>Maria</span>, gonna call</p>');
    const extracted = extractText(ed);
    const start = extracted.text.indexOf('gonna');
    const range = rangeFor(extracted, start, start + 5)!;
    expect(range.toString()).toBe('gonna');
    expect(rangeFor(extracted, 0, 9)!.toString()).toBe('Hey Maria');
    expect(textOffset(extracted, range.startContainer, range.startOffset)).toBe(start);
  });

  it('gives no range once the text nodes are gone', () => {
    const ed = editor('<p>Hey there</p>');
    const extracted = extractText(ed);
    ed.innerHTML = '<p>Other</p>';
    expect(rangeFor(extracted, 0, 3)).toBeNull();
  });
});
