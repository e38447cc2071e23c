/**
 * Facebook (www.facebook.com) and Messenger (www.messenger.com, messenger.com): which compose box
 * the focus went into.
 *
 * Every compose box on these sites is a Lexical editor, `div[contenteditable="true"]
 * [role="textbox"][data-lexical-editor="true"]`; anything else (the search inputs, plain
 * contenteditables, textareas) is left alone. What kind of box it is comes from where it sits:
 *
 * - A conversation: the nearest container (up to the page region it lives in) that also holds
 *   the message list, an ARIA `[role="grid"]` above the editor. That is the Messenger thread
 *   (www.messenger.com/t/…, www.facebook.com/messages/t/…) and a chat tab docked on facebook.com
 *   → `message`. On Messenger's own hosts every Lexical box is a message composer.
 * - Under a post: inside a feed unit (`[aria-posinset]`, `[role="article"]`, `[role="feed"]`), or
 *   in a dialog that shows a post with its comments (`[role="article"]` inside) → `comment`, with
 *   the post's audience.
 * - The "Create post" dialog: a `[role="dialog"]` whose `form[method="POST"]` holds the editor
 *   → `post`, with the audience from the audience button above the editor. Any other Lexical box
 *   in a dialog is unclear, and unclear counts as a public post.
 *
 * Facebook's class names are generated (`x1n2onr6 …`) and change with every build, and its
 * aria-labels are translated ("Write a comment…", "Edit privacy. Sharing with Public."), so
 * neither is read. The audience is shown only as an icon and a translated word: the word on the
 * audience button (and the tooltip `<title>` of a post's audience icon) is matched against the
 * five product languages; a word we do not know means public, so failing never hides a warning.
 * The adapter reads and never writes.
 */
import { findEditable } from '../compose/editable';
import type { Audience, ComposeTarget, SiteAdapter } from './types';

const MESSENGER_HOSTS = ['www.messenger.com', 'messenger.com'];

/** The regions a compose box lives in; the search for its conversation stops there. */
const REGION_ROLES = new Set(['main', 'dialog', 'alertdialog', 'feed', 'article', 'complementary', 'navigation', 'banner']);
/** A post in the feed or on a timeline: the feed unit (`aria-posinset`), or `role="article"` (older markup; comments too). */
const POST_UNIT = '[aria-posinset], [role="article"]';
const DIALOG = '[role="dialog"], [role="alertdialog"]';
/** An icon with a tooltip: a post's audience icon is one (`<svg><title>Shared with Public</title>…`). */
const AUDIENCE_ICON = 'svg > title, svg[title], [role="img"][title]';
/** Controls that can be the composer's audience selector. */
const BUTTONS = '[role="button"], [role="combobox"], button';

function isLexicalTextbox(el: HTMLElement): boolean {
  return (
    el.tagName === 'DIV' &&
    el.getAttribute('contenteditable') === 'true' &&
    el.getAttribute('role') === 'textbox' &&
    el.getAttribute('data-lexical-editor') === 'true'
  );
}

function visibleText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when `a` comes before `b` in document order (and does not contain it). */
function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !a.contains(b);
}

/** The outermost ancestor of `el` matching `selector`. */
function outermost(el: Element, selector: string): Element | null {
  let found: Element | null = null;
  for (let cur = el.closest(selector); cur; cur = cur.parentElement?.closest(selector) ?? null) found = cur;
  return found;
}

// --- Audience -------------------------------------------------------------------------------

/** Audience words as Facebook writes them in English, German, Danish, Norwegian and Swedish. */
const FRIENDS_OF_FRIENDS = ['friends of friends', 'freunde von freunden', 'venners venner', 'vänners vänner'];
const ONLY_ME = ['only me', 'nur ich', 'kun mig', 'kun meg', 'bare meg', 'bara jag', 'endast jag', 'enbart jag'];
/** "Friends", and with it "Friends except…" and "Specific friends". */
const FRIENDS = /(?:^|[^\p{L}])(?:friends|freunde|venner|vänner)(?:$|[^\p{L}])/u;
const PUBLIC = /(?:^|[^\p{L}])(?:public|öffentlich|offentlig|offentligt)(?:$|[^\p{L}])/u;

/** The audience a label names, or null when it names none we know. */
function audienceFromLabel(label: string): Audience | null {
  const text = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!text) return null;
  // Friends of friends reaches far beyond the writer's friends: treated as public.
  if (FRIENDS_OF_FRIENDS.some((words) => text.includes(words))) return 'public';
  if (ONLY_ME.some((words) => text.includes(words))) return 'only-me';
  if (FRIENDS.test(text)) return 'friends';
  if (PUBLIC.test(text)) return 'public';
  return null;
}

/**
 * The composer's audience: the first button above the editor whose own short text names an
 * audience (the button under the writer's name: an icon, "Public" / "Friends" / "Only me" and a
 * caret). No such button (a group, a friend's timeline) or a word we do not know → public.
 */
function composerAudience(composer: Element, editor: HTMLElement): Audience {
  for (const button of Array.from(composer.querySelectorAll(BUTTONS))) {
    if (!precedes(button, editor)) continue;
    const text = visibleText(button);
    if (text.length > 40) continue;
    const audience = audienceFromLabel(text);
    if (audience) return audience;
  }
  return 'public';
}

/**
 * A post's audience, shown as an icon next to its timestamp whose tooltip (an SVG `<title>`, or
 * a `title` attribute) names it ("Shared with Friends"). The first such icon naming an audience
 * before the comment box is the post's own; comments carry none. Unknown → public.
 */
function postAudience(post: Element | null, editor: HTMLElement): Audience {
  if (!post) return 'public';
  for (const icon of Array.from(post.querySelectorAll(AUDIENCE_ICON))) {
    if (!precedes(icon, editor)) break;
    const label = icon.tagName.toLowerCase() === 'title' ? visibleText(icon) : (icon.getAttribute('title') ?? '');
    const audience = audienceFromLabel(label);
    if (audience) return audience;
  }
  return 'public';
}

// --- Conversations ---------------------------------------------------------------------------

interface Conversation {
  /** The thread pane or chat tab: the nearest container holding both the message list and the editor. */
  container: Element;
  grid: Element;
}

/** The conversation the editor writes into: a container with a message list (`[role="grid"]`) above it. */
function findConversation(editor: HTMLElement): Conversation | null {
  const body = editor.ownerDocument.body;
  for (let el = editor.parentElement; el && el !== body; el = el.parentElement) {
    const grid = Array.from(el.querySelectorAll('[role="grid"]')).find((g) => precedes(g, editor));
    if (grid) return { container: el, grid };
    if (REGION_ROLES.has(el.getAttribute('role') ?? '')) break;
  }
  return null;
}

/** The child of `container` that holds `el` (the composer row of a conversation). */
function childHolding(container: Element, el: Element): Element {
  let cur: Element = el;
  while (cur.parentElement && cur.parentElement !== container) cur = cur.parentElement;
  return cur;
}

/** The conversation's name in its header (the person or group), above the message list. */
function conversationName(conversation: Conversation): string[] {
  for (const heading of Array.from(conversation.container.querySelectorAll('h1, h2, h3, h4, [role="heading"]'))) {
    if (!precedes(heading, conversation.grid)) continue;
    const name = visibleText(heading);
    if (name) return [name];
  }
  return [];
}

function onMessengerHost(editor: HTMLElement): boolean {
  const host = editor.ownerDocument.defaultView?.location.hostname ?? '';
  return MESSENGER_HOSTS.includes(host);
}

// --- Posts and comments ----------------------------------------------------------------------

function isPostForm(form: Element | null): boolean {
  return (form?.getAttribute('method') ?? '').toLowerCase() === 'post';
}

function describeEditor(editor: HTMLElement): ComposeTarget | null {
  const conversation = findConversation(editor);
  if (conversation) {
    return {
      editor,
      platform: 'facebook',
      surface: 'message',
      anchor: childHolding(conversation.container, editor),
      recipients: () => conversationName(conversation),
    };
  }
  if (onMessengerHost(editor)) {
    return { editor, platform: 'facebook', surface: 'message', anchor: editor.parentElement ?? editor };
  }

  const form = editor.closest('form');
  const dialog = editor.closest(DIALOG);
  const box = form && (!dialog || dialog.contains(form)) ? form : editor.parentElement;
  if (!box) return null;

  const comment = (post: Element | null): ComposeTarget => ({
    editor,
    platform: 'facebook',
    surface: 'comment',
    anchor: box,
    audience: () => postAudience(post, editor),
  });
  const post = (composer: Element): ComposeTarget => ({
    editor,
    platform: 'facebook',
    surface: 'post',
    anchor: box,
    audience: () => composerAudience(composer, editor),
  });

  // Under a post in the feed, on a timeline or a permalink page.
  const unit = outermost(editor, POST_UNIT);
  if (unit && (!dialog || dialog.contains(unit))) return comment(unit);
  if (!dialog && editor.closest('[role="feed"]')) return comment(null);

  if (dialog) {
    // The "Create post" (or share) dialog: its form posts the composer.
    if (isPostForm(form)) return post(dialog);
    // A post opened in a dialog, its comments (role="article") above the box.
    if (dialog.querySelector('[role="article"]')) return comment(dialog);
    // A Lexical box in a dialog we cannot tell: unclear counts as a public post.
    return post(dialog);
  }
  if (form) return isPostForm(form) ? post(form) : comment(form.closest('[role="main"]'));
  return null;
}

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  hosts: ['www.facebook.com', 'www.messenger.com', 'messenger.com'],
  describe(path) {
    const editor = findEditable(path);
    if (!editor || !isLexicalTextbox(editor)) return null;
    return describeEditor(editor);
  },
};
