// @vitest-environment happy-dom
/**
 * The LinkedIn adapter against the fixture pages: the markup saved from Chromium after the real
 * editors were mounted (`*.saved.html`), or the page itself where there is no editor library.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '@/lib/compose/extract';
import { linkedinAdapter } from '@/lib/platforms/linkedin';
import type { ComposeTarget } from '@/lib/platforms/types';
import { linkedinFixtures } from '../../fixtures/sites/linkedin';

// (happy-dom replaces the global URL, so resolve the folder with node:path.)
const SITES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/sites/');

function pageMarkup(name: string): string {
  const saved = `${SITES}${name}.saved.html`;
  return readFileSync(existsSync(saved) ? saved : `${SITES}${name}.html`, 'utf8');
}

/**
 * Puts a fixture page into the document. Scripts do not run here, so the open shadow root that
 * the invitation page's script attaches to `#interop-outlet` is built from the saved markup
 * (Chromium serializes it as `<template shadowrootmode="open">`).
 */
function loadPage(name: string): void {
  const parsed = new DOMParser().parseFromString(pageMarkup(name), 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  for (const template of Array.from(document.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = template.parentElement!;
    const root = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    root.innerHTML = template.innerHTML;
    template.remove();
  }
}

/** What `event.composedPath()` gives for a focus event on `target`: up through shadow hosts to window. */
function composedPathOf(target: Node): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = target; node; ) {
    path.push(node);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  path.push(window);
  return path;
}

/** An element by selector; `host >>> inner` looks inside host's open shadow root. */
function query(selector: string): HTMLElement {
  const [outer, inner] = selector.split('>>>').map((part) => part.trim());
  const scope: ParentNode | null | undefined = inner ? document.querySelector(outer)?.shadowRoot : document;
  const el = scope?.querySelector<HTMLElement>(inner ?? outer);
  if (!el) throw new Error(`no element for ${selector}`);
  return el;
}

function describeAt(selector: string): ComposeTarget | null {
  return linkedinAdapter.describe(composedPathOf(query(selector)));
}

function mustDescribe(selector: string): ComposeTarget {
  const target = describeAt(selector);
  if (!target) throw new Error(`describe returned null for ${selector}`);
  return target;
}

/** The parent across a shadow boundary, for checking where the anchor sits. */
function composedParent(node: Node): Node | null {
  return node instanceof ShadowRoot ? node.host : node.parentNode;
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('linkedin fixtures', () => {
  it('are served from the adapter hosts and carry a demo guide', () => {
    expect(linkedinFixtures.map((f) => f.name)).toEqual(['linkedin-messaging', 'linkedin-post', 'linkedin-comment', 'linkedin-invite']);
    for (const fixture of linkedinFixtures) {
      expect(linkedinAdapter.hosts).toContain(new URL(fixture.url).hostname);
      expect(fixture.platform).toBe('linkedin');
      const page = readFileSync(`${SITES}${fixture.name}.html`, 'utf8');
      expect(page).toMatch(/data-demo-guide>[^<]{40,}</);
    }
    expect(linkedinAdapter.id).toBe('linkedin');
  });

  for (const fixture of linkedinFixtures) {
    for (const box of fixture.boxes) {
      it(`${fixture.name}: ${box.editor} is a ${box.surface}`, () => {
        loadPage(fixture.name);
        const editor = query(box.editor);
        const target = linkedinAdapter.describe(composedPathOf(editor));
        expect(target).not.toBeNull();
        expect(target!.editor).toBe(editor);
        expect(target!.platform).toBe('linkedin');
        expect(target!.surface).toBe(box.surface);
        expect(target!.audience?.()).toBe(box.audience);
        expect(target!.recipients?.()).toEqual(box.recipients);
        expect(target!.subject?.()).toBe(box.subject);
        // The anchor is the box's own container: outside the editor, holding it.
        const anchor = target!.anchor;
        expect(anchor).not.toBe(editor);
        expect(editor.contains(anchor)).toBe(false);
        expect(anchor.contains(editor)).toBe(true);
        // A focus deeper inside the editor (on a paragraph) names the same box.
        const inner = editor.querySelector('p');
        if (inner) expect(linkedinAdapter.describe(composedPathOf(inner))?.editor).toBe(editor);
      });
    }
  }
});

describe('messaging', () => {
  beforeEach(() => loadPage('linkedin-messaging'));

  it('reads the thread box as a message to the person in the title bar', () => {
    const target = mustDescribe('.msg-form__contenteditable');
    expect(target.surface).toBe('message');
    expect(target.recipients!()).toEqual(['Maria Jensen']);
    expect(target.anchor).toBe(document.querySelector('.msg-thread .msg-form__msg-content-container'));
    expect(target.audience).toBeUndefined();
    expect(target.subject).toBeUndefined();
  });

  it('gives no recipients when no name is shown', () => {
    query('.msg-title-bar').remove();
    expect(mustDescribe('.msg-form__contenteditable').recipients!()).toEqual([]);
    document.body.append(query('form.msg-form'));
    query('.msg-convo-wrapper').remove();
    expect(mustDescribe('.msg-form__contenteditable').recipients!()).toEqual([]);
  });

  it('extracts only the typed words, not the placeholder or the thread', () => {
    const target = mustDescribe('.msg-form__contenteditable');
    target.editor.innerHTML = '<p>Hi Maria,</p><p>thank you for the interview on Tuesday.</p>';
    expect(extractText(target.editor, target.isExcluded).text).toBe('Hi Maria,\nthank you for the interview on Tuesday.\n');
  });

  it('leaves the search fields, buttons and the message list alone', () => {
    expect(describeAt('.search-global-typeahead__input')).toBeNull();
    expect(describeAt('#search-conversations')).toBeNull();
    expect(describeAt('.msg-form__send-button')).toBeNull();
    expect(describeAt('.msg-s-event-listitem__body')).toBeNull();
    expect(linkedinAdapter.describe([window])).toBeNull();
    expect(linkedinAdapter.describe([])).toBeNull();
  });

  it('gives null when the box lacks role="textbox"', () => {
    query('.msg-form__contenteditable').removeAttribute('role');
    expect(describeAt('.msg-form__contenteditable')).toBeNull();
  });

  it('gives null when the box is not in the messaging form', () => {
    query('form.msg-form').className = 'compose';
    expect(describeAt('.msg-form__contenteditable')).toBeNull();
  });

  it('gives null for an unknown contenteditable textbox on the page', () => {
    query('main').insertAdjacentHTML('beforeend', '<div id="other" contenteditable="true" role="textbox"><p>notes</p></div>');
    expect(describeAt('#other')).toBeNull();
  });
});

describe('share box ("Start a post")', () => {
  beforeEach(() => loadPage('linkedin-post'));

  it('reads the Quill editor in the share dialog as a public post', () => {
    const target = mustDescribe('.ql-editor');
    expect(target.surface).toBe('post');
    expect(target.audience!()).toBe('public');
    expect(target.recipients).toBeUndefined();
    expect(target.anchor).toBe(document.getElementById('share-editor'));
    expect(target.anchor.classList.contains('ql-container')).toBe(true);
    expect(extractText(target.editor, target.isExcluded).text).toBe(
      'Excited to share that I just interviewed with Nordlys Software!\n#blessed\n',
    );
  });

  it('reads the audience from a visibility icon in the settings button', () => {
    const button = query('.share-unified-settings-entry-button');
    button.insertAdjacentHTML('beforeend', '<svg data-test-icon="people-small"></svg>');
    expect(mustDescribe('.ql-editor').audience!()).toBe('friends');
    button.querySelector('[data-test-icon="people-small"]')!.setAttribute('data-test-icon', 'lock-small');
    expect(mustDescribe('.ql-editor').audience!()).toBe('only-me');
  });

  it('finds the share box when LinkedIn renders it in the shadow root of #interop-outlet', () => {
    const outlet = query('#artdeco-modal-outlet');
    const host = document.createElement('div');
    host.id = 'interop-outlet';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = outlet.innerHTML;
    outlet.remove();
    const editor = root.querySelector<HTMLElement>('.ql-editor')!;
    const target = linkedinAdapter.describe(composedPathOf(editor));
    expect(target?.surface).toBe('post');
    expect(target?.anchor).toBe(root.getElementById('share-editor'));
    expect(target?.audience!()).toBe('public');
  });

  it('leaves the feed controls alone', () => {
    expect(describeAt('.search-global-typeahead__input')).toBeNull();
    expect(describeAt('.share-box-feed-entry__trigger')).toBeNull();
    expect(describeAt('.share-unified-settings-entry-button')).toBeNull();
    expect(describeAt('.share-actions__primary-action')).toBeNull();
  });

  it('gives null for a Quill editor in a dialog that is not the share box', () => {
    const dialog = query('[role="dialog"]');
    dialog.removeAttribute('aria-labelledby');
    dialog.classList.remove('share-box-v2__modal');
    query('.share-creation-state').classList.remove('share-creation-state');
    expect(describeAt('.ql-editor')).toBeNull();
  });

  it('gives null for the share box editor outside a dialog', () => {
    query('[role="dialog"]').removeAttribute('role');
    expect(describeAt('.ql-editor')).toBeNull();
  });
});

describe('comment box and chat bubble', () => {
  beforeEach(() => loadPage('linkedin-comment'));

  it('reads the comment box as a comment on a public post', () => {
    const target = mustDescribe('.comments-comment-box .ql-editor');
    expect(target.surface).toBe('comment');
    expect(target.audience!()).toBe('public');
    expect(target.anchor).toBe(document.getElementById('comment-editor'));
    expect(extractText(target.editor, target.isExcluded).text).toBe(
      'Thank you for the interview yesterday, I would love to join your team!\n',
    );
  });

  it("takes the post's audience from its visibility icon; unknown counts as public", () => {
    const icon = query('.update-components-actor__sub-description svg');
    icon.setAttribute('data-test-icon', 'people-small');
    expect(mustDescribe('.comments-comment-box .ql-editor').audience!()).toBe('friends');
    icon.remove();
    expect(mustDescribe('.comments-comment-box .ql-editor').audience!()).toBe('public');
  });

  it('reads a Tiptap comment editor (newer LinkedIn) as a comment too', () => {
    const container = query('#comment-editor');
    container.outerHTML =
      '<div data-testid="ui-core-tiptap-text-editor-wrapper" id="tiptap-wrapper"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" translate="no"><p>Congrats on the launch</p></div></div>';
    const target = mustDescribe('.ProseMirror');
    expect(target.surface).toBe('comment');
    expect(target.anchor).toBe(document.getElementById('tiptap-wrapper'));
  });

  it('reads the new-message bubble with the recipients from its pills', () => {
    const target = mustDescribe('.msg-overlay-conversation-bubble .msg-form__contenteditable');
    expect(target.surface).toBe('message');
    expect(target.recipients!()).toEqual(['Jonas Berg']);
    expect(extractText(target.editor, target.isExcluded).text).toBe('Hi Jonas, thank you for the interview yesterday.\n');
    // No pill yet: no recipients (the bubble's title "New message" is not a name).
    query('.artdeco-pill').remove();
    expect(target.recipients!()).toEqual([]);
  });

  it('reads a chat bubble of an existing conversation with the name in its header', () => {
    query('.msg-connections-typeahead').remove();
    query('.msg-overlay-bubble-header__title').innerHTML = '<a href="https://www.linkedin.com/in/jonas-berg/"><span>Jonas Berg</span></a>';
    expect(mustDescribe('.msg-overlay-conversation-bubble .msg-form__contenteditable').recipients!()).toEqual(['Jonas Berg']);
  });

  it('leaves the recipient field, the search box and the buttons alone', () => {
    expect(describeAt('.msg-connections-typeahead__search-field')).toBeNull();
    expect(describeAt('.search-global-typeahead__input')).toBeNull();
    expect(describeAt('.comments-comment-box__submit-button')).toBeNull();
    expect(describeAt('.comments-comment-box__emoji-picker-trigger')).toBeNull();
  });

  it('gives null for a comment editor without role="textbox" or outside a comment form', () => {
    query('.comments-comment-box .ql-editor').removeAttribute('role');
    expect(describeAt('.comments-comment-box .ql-editor')).toBeNull();
    query('.comments-comment-box .ql-editor').setAttribute('role', 'textbox');
    expect(describeAt('.comments-comment-box .ql-editor')?.surface).toBe('comment');
    for (const cls of ['comments-comment-box', 'comments-comment-box__form', 'comments-comment-texteditor']) {
      query(`.${cls}`).classList.remove(cls);
    }
    expect(describeAt('.ql-editor')).toBeNull();
  });
});

describe('connection-request note in the #interop-outlet shadow root', () => {
  beforeEach(() => loadPage('linkedin-invite'));

  it('builds the shadow root from the saved markup', () => {
    const host = query('#interop-outlet');
    expect(host.shadowRoot).not.toBeNull();
    expect(host.shadowRoot!.querySelectorAll('textarea')).toHaveLength(1);
    expect(document.querySelector('#custom-message')).toBeNull();
  });

  it('reads the note textarea as a connection note', () => {
    const target = mustDescribe('#interop-outlet >>> #custom-message');
    const root = query('#interop-outlet').shadowRoot!;
    const note = root.getElementById('custom-message') as HTMLTextAreaElement;
    expect(target.editor).toBe(note);
    expect(target.surface).toBe('connection-note');
    expect(note.maxLength).toBe(300);
    // The anchor is the note's own box inside the shadow root, with the 300-character counter.
    expect(target.anchor).toBe(note.parentElement);
    expect(target.anchor.getRootNode()).toBe(root);
    expect(target.anchor.textContent).toContain('/300');
    expect(target.audience).toBeUndefined();
    expect(target.recipients).toBeUndefined();
    expect(extractText(target.editor, target.isExcluded).text).toBe(
      "Hi Maria, thanks again for the interview on Tuesday, I'd love to stay in touch!",
    );
  });

  it('walks from the shadow root to the document in the composed path', () => {
    const path = composedPathOf(query('#interop-outlet >>> #custom-message'));
    expect(path).toContain(query('#interop-outlet'));
    expect(path).toContain(document);
    expect(path[path.length - 1]).toBe(window);
  });

  it('leaves the page behind the modal and the modal buttons alone', () => {
    expect(describeAt('.search-global-typeahead__input')).toBeNull();
    expect(describeAt('.pvs-profile-actions__action')).toBeNull();
    expect(describeAt('#interop-outlet >>> button[aria-label="Send invitation"]')).toBeNull();
  });

  it('gives null for another textarea, or for the note outside a dialog', () => {
    const note = query('#interop-outlet >>> #custom-message');
    note.id = 'report-reason';
    expect(describeAt('#interop-outlet >>> #report-reason')).toBeNull();
    note.id = 'custom-message';
    query('#interop-outlet >>> [role="dialog"]').removeAttribute('role');
    expect(describeAt('#interop-outlet >>> #custom-message')).toBeNull();
  });
});
