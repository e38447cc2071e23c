/**
 * LinkedIn (www.linkedin.com): which compose box the focus went into.
 *
 * - Messaging (the /messaging/ thread pane and the chat overlay bubbles): a plain contenteditable
 *   `div[role="textbox"]` inside `form.msg-form` → `message`, recipients from the thread's title
 *   bar or, in a new-message bubble, from the recipient pills.
 * - The share box ("Start a post"): a Quill editor (`.ql-editor[role="textbox"]`) in the share
 *   dialog → `post`.
 * - Comment boxes under feed posts: a Quill (older) or Tiptap (newer) `[role="textbox"]` inside
 *   the comment form → `comment`.
 * - The connection-request note ("Add a note"): `textarea#custom-message` in the invitation dialog,
 *   which LinkedIn renders inside the open shadow root of `#interop-outlet` → `connection-note`.
 *
 * LinkedIn's outer page shell now carries hashed class names, but the compose widgets keep their
 * semantic BEM classes (`msg-form`, `share-*`, `comments-comment-box*`), which have not changed
 * for years; those, ARIA roles, ids and the editor libraries' own classes are what we rely on.
 * Labels and placeholders are translated and never read. The adapter reads and never writes.
 */
import { findEditable } from '../compose/editable';
import type { Audience, ComposeTarget, SiteAdapter } from './types';

/** Any dialog: the share box, the invitation modal and the chat bubbles all carry role="dialog". */
const DIALOG = '[role="dialog"], [role="alertdialog"]';
/** The share box dialog (or its content), in the Ember and the current markup. */
const SHARE_BOX = '[aria-labelledby="share-to-linkedin-modal__header"], .share-box-v2__modal, .share-creation-state';
/** A comment or reply form under a post, with a Quill or a Tiptap editor in it. */
const COMMENT_BOX = 'form.comments-comment-box__form, .comments-comment-box, .comments-comment-texteditor';
/** The messaging compose form, in the thread pane and in the overlay bubbles. */
const MESSAGE_FORM = 'form.msg-form';
/** The conversation a message form belongs to: a chat bubble or the thread pane. */
const CONVERSATION = '.msg-convo-wrapper, .msg-overlay-conversation-bubble, .msg-thread, [role="dialog"]';
/** A feed update (post) a comment box sits under. */
const FEED_UPDATE = '[data-urn^="urn:li:"], .feed-shared-update-v2, [role="article"]';
/** Where the visibility of a post is shown as an icon: the post's actor line, the share box's audience button. */
const VISIBILITY_HOLDER = '.update-components-actor__sub-description, .share-unified-settings-entry-button';

/** The parent element, stepping from a shadow root to its host. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot).host : null;
}

/** Like `Element.closest`, but continuing through shadow-root hosts (LinkedIn's `#interop-outlet`). */
function closestComposed(el: Element, selector: string): Element | null {
  for (let cur: Element | null = el; cur; cur = composedParent(cur)) {
    if (cur.matches(selector)) return cur;
  }
  return null;
}

function visibleText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An icon's name as LinkedIn writes it: `data-test-icon`, `<li-icon type>`, or the SVG's `id`. */
function iconName(el: Element): string {
  return (el.getAttribute('data-test-icon') ?? el.getAttribute('type') ?? el.getAttribute('id') ?? '').toLowerCase();
}

/**
 * The audience from a visibility icon (globe = anyone, people = connections, lock = only the
 * writer). The wording next to it is translated and not read; no recognised icon → public.
 */
function audienceFromIcons(scope: Element | null): Audience {
  if (!scope) return 'public';
  const holders = scope.matches(VISIBILITY_HOLDER) ? [scope] : Array.from(scope.querySelectorAll(VISIBILITY_HOLDER));
  for (const holder of holders) {
    for (const icon of Array.from(holder.querySelectorAll('[data-test-icon], li-icon[type], svg[id]'))) {
      const name = iconName(icon);
      if (name.startsWith('globe')) return 'public';
      if (name.startsWith('people') || name.startsWith('connections')) return 'friends';
      if (name.startsWith('lock')) return 'only-me';
    }
  }
  return 'public';
}

/** Names of the people a message goes to: the new-message pills, else the thread's title. */
function messageRecipients(form: Element): string[] {
  const conversation = closestComposed(form, CONVERSATION);
  if (!conversation) return [];
  const typeahead = conversation.querySelector('.msg-connections-typeahead');
  if (typeahead) {
    // A new message: only the recipients added so far (the bubble's title says "New message").
    return Array.from(typeahead.querySelectorAll('.artdeco-pill__text'), visibleText).filter(Boolean);
  }
  const title = conversation.querySelector(
    '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title, .msg-thread__link-to-profile',
  );
  const name = visibleText(title);
  return name ? [name] : [];
}

function describeTextarea(editor: HTMLTextAreaElement): ComposeTarget | null {
  // The invitation note: `textarea#custom-message` (name="message", maxlength 300) in the invite dialog.
  if (editor.id !== 'custom-message' || !closestComposed(editor, DIALOG)) return null;
  const anchor = editor.parentElement;
  if (!anchor) return null;
  return { editor, platform: 'linkedin', surface: 'connection-note', anchor };
}

/** The box a rich editor sits in: Quill's `.ql-container`, Tiptap's wrapper (the editor's parent). */
function editorBox(editor: HTMLElement): Element | null {
  return editor.parentElement;
}

function describeRichEditor(editor: HTMLElement): ComposeTarget | null {
  if (editor.getAttribute('role') !== 'textbox') return null;

  const form = closestComposed(editor, MESSAGE_FORM);
  if (form) {
    const anchor = editor.closest('.msg-form__msg-content-container') ?? editor.parentElement;
    if (!anchor) return null;
    return { editor, platform: 'linkedin', surface: 'message', anchor, recipients: () => messageRecipients(form) };
  }

  const commentBox = closestComposed(editor, COMMENT_BOX);
  if (commentBox) {
    const anchor = editorBox(editor);
    if (!anchor) return null;
    return {
      editor,
      platform: 'linkedin',
      surface: 'comment',
      anchor,
      // The post's audience: a comment is as visible as the post it is under.
      audience: () => audienceFromIcons(closestComposed(commentBox, FEED_UPDATE)),
    };
  }

  const dialog = closestComposed(editor, DIALOG);
  const shareBox = dialog && closestComposed(editor, SHARE_BOX);
  if (dialog && shareBox && editor.classList.contains('ql-editor')) {
    const anchor = editorBox(editor);
    if (!anchor) return null;
    return { editor, platform: 'linkedin', surface: 'post', anchor, audience: () => audienceFromIcons(dialog) };
  }
  return null;
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  describe(path) {
    const editor = findEditable(path);
    if (!editor) return null;
    if (editor instanceof HTMLTextAreaElement) return describeTextarea(editor);
    return describeRichEditor(editor);
  },
};
