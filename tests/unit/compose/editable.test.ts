// @vitest-environment happy-dom
/** Which focused elements are editors the extension may read, and which it must leave alone. */
import { beforeEach, describe, expect, it } from 'vitest';
import { findEditable, isOptedOut } from '@/lib/compose/editable';
import { composedPathOf } from '@/lib/compose/watch';

beforeEach(() => {
  document.body.innerHTML = '';
});

function pathTo(el: Element) {
  return composedPathOf(el);
}

describe('findEditable', () => {
  it('returns the outermost contenteditable on the path', () => {
    document.body.innerHTML = '<div id="outer"><div id="ed" contenteditable="true"><p><span id="inner">Hi</span></p></div></div>';
    expect(findEditable(pathTo(document.getElementById('inner')!))?.id).toBe('ed');
  });

  it('returns a textarea, also inside an open shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><textarea id="note"></textarea></div>';
    const path = pathTo(root.getElementById('note')!);
    expect(path).toContain(host);
    expect((findEditable(path) as HTMLElement).id).toBe('note');
  });

  it('returns null for a button or a plain div', () => {
    document.body.innerHTML = '<button id="b">Send</button><div id="d">text</div>';
    expect(findEditable(pathTo(document.getElementById('b')!))).toBeNull();
    expect(findEditable(pathTo(document.getElementById('d')!))).toBeNull();
  });
});

describe('isOptedOut', () => {
  it.each([
    ['<div id="e" contenteditable="true" data-gramm="false"></div>', true],
    ['<div data-gramm="false"><div id="e" contenteditable="true"></div></div>', true],
    ['<div id="e" contenteditable="true" data-lt-active="false"></div>', true],
    ['<div id="e" contenteditable="true" data-enable-grammarly="false"></div>', true],
    ['<div id="e" contenteditable="true" role="searchbox"></div>', true],
    ['<div id="e" contenteditable="true" spellcheck="false" g_editable="true"></div>', false],
    ['<div id="e" contenteditable="true" data-gramm="true"></div>', false],
  ])('%s → %s', (html, optedOut) => {
    document.body.innerHTML = html;
    expect(isOptedOut(document.getElementById('e')!)).toBe(optedOut);
  });

  it('skips password and search inputs', () => {
    document.body.innerHTML = '<input id="p" type="password"><input id="s" type="search">';
    expect(isOptedOut(document.getElementById('p')!)).toBe(true);
    expect(isOptedOut(document.getElementById('s')!)).toBe(true);
  });
});
