/**
 * Gmail (mail.google.com): the new-message window, inline replies and forwards — all `email`.
 *
 * Gmail's class names are obfuscated and change; what it keeps are the attributes its own code
 * and its form posts depend on, so that is what this adapter reads:
 * - the body is the Closure editor's field: a contenteditable div with `g_editable="true"`
 *   (and `role="textbox"`, `aria-multiline="true"`). It carries `spellcheck="false"`, which is
 *   Gmail's own choice, not a request to keep writing tools out.
 * - every compose, reply or forward box is a `[role="region"][data-compose-id]`; without that
 *   marker the box is recognised by its hidden form field `input[name="composeid"]`.
 * - form field names: `subjectbox` (the visible subject), `subject` (hidden copy), `rt` (the
 *   thread a reply belongs to, `#thread-f:<id>`), recipient rows `[name="to"|"cc"|"bcc"]`.
 * - recipient chips are `[role="option"]` in the row's `[role="listbox"]`, with the name in
 *   `data-name` and the address in `data-hovercard-id`; before the 2021 recipient UI they were
 *   hidden inputs `name="to"` with "Name <address>" values.
 * - the thread's subject heading is `h2[data-thread-perm-id="thread-f:<id>"]`.
 * - inside the body, Gmail marks quoted text (`.gmail_quote`, `.gmail_quote_container`, with
 *   the "On … wrote:" line `.gmail_attr`) and the signature (`.gmail_signature`,
 *   `[data-smartmail="gmail_signature"]`, with its "-- " in `.gmail_signature_prefix`).
 * Anything else (search box, recipient and subject inputs, the settings' signature editor,
 * editors outside a compose box) is left alone.
 */
import { findEditable, isOptedOut } from '../compose/editable';
import type { ComposeTarget, SiteAdapter } from './types';

/** Quoted thread and forwarded message; `.gmail_extra` is how Gmail wrapped them before 2018. */
const QUOTED = ['.gmail_quote', '.gmail_quote_container', '.gmail_attr', '.gmail_extra'];
const SIGNATURE = ['.gmail_signature', '[data-smartmail="gmail_signature"]', '.gmail_signature_prefix'];
const EXCLUDED = [...QUOTED, ...SIGNATURE].join(', ');

const RECIPIENT_FIELDS = ['to', 'cc', 'bcc'] as const;

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  hosts: ['mail.google.com'],
  describe(path) {
    const editor = findEditable(path);
    if (!editor || editor instanceof HTMLTextAreaElement) return null;
    if (!isGmailBody(editor) || isOptedOut(editor)) return null;
    const box = findComposeBox(editor);
    if (!box) return null;
    return describeBox(editor, box);
  },
};

/** The compose body: Closure's editable field, or (should that marker go) a multi-line textbox. */
function isGmailBody(editor: HTMLElement): boolean {
  if (editor.getAttribute('g_editable') === 'true') return true;
  return editor.getAttribute('role') === 'textbox' && editor.getAttribute('aria-multiline') === 'true';
}

/**
 * The compose, reply or forward box the editor belongs to: the region Gmail marks with
 * `data-compose-id`, else the region (or smallest container) holding the editor and one hidden
 * `composeid` field and no other editor. Null when the editor is in no compose box: a container
 * that also holds another compose window is not this editor's box.
 */
function findComposeBox(editor: HTMLElement): HTMLElement | null {
  const marked = editor.closest<HTMLElement>('[data-compose-id]');
  if (marked) return marked;
  const ownsOneBox = (el: Element) =>
    el.querySelectorAll('input[name="composeid"]').length === 1 &&
    [...el.querySelectorAll<HTMLElement>('[contenteditable]')].every((other) => other === editor || editor.contains(other) || !isGmailBody(other));
  const body = editor.ownerDocument.body;
  for (let el = editor.parentElement; el && el !== body; el = el.parentElement) {
    if (!el.querySelector('input[name="composeid"]')) continue;
    if (!ownsOneBox(el)) return null;
    const region = el.closest<HTMLElement>('[role="region"]');
    return region && ownsOneBox(region) ? region : el;
  }
  return null;
}

function describeBox(editor: HTMLElement, box: HTMLElement): ComposeTarget {
  return {
    editor,
    platform: 'gmail',
    surface: 'email',
    anchor: box,
    isExcluded: (node) => isQuotedOrSignature(editor, node),
    subject: () => readSubject(box),
    recipients: () => readRecipients(box),
  };
}

/** True for a node inside the editor that lies in a quoted thread, forwarded message or signature. */
function isQuotedOrSignature(editor: HTMLElement, node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el || el === editor || !editor.contains(el)) return false;
  const marked = el.closest(EXCLUDED);
  return marked !== null && marked !== editor && editor.contains(marked);
}

/**
 * The subject line as typed. A reply or forward (its `rt` field names a thread) without one takes
 * its thread's subject heading, and failing that the form's hidden subject field ("Re: …",
 * "Fwd: …"). A new message with an empty subject has none: the page's open thread is another one.
 */
function readSubject(box: HTMLElement): string | undefined {
  const typed = fieldValue(box, 'subjectbox');
  if (typed) return typed;
  const thread = fieldValue(box, 'rt').replace(/^#/, '');
  if (!thread) return undefined;
  const heading = threadHeading(box.ownerDocument, thread)?.textContent?.replace(/\s+/g, ' ').trim();
  return heading || fieldValue(box, 'subject') || undefined;
}

function fieldValue(box: HTMLElement, name: string): string {
  const input = box.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  return input?.value.trim() ?? '';
}

/** The subject heading of a thread (`thread-f:…` or its legacy hex id). */
function threadHeading(doc: Document, thread: string): Element | null {
  for (const el of doc.querySelectorAll('[data-thread-perm-id], [data-legacy-thread-id]')) {
    if (el.getAttribute('data-thread-perm-id') !== thread && el.getAttribute('data-legacy-thread-id') !== thread) continue;
    const heading = el.matches('h1, h2, h3, [role="heading"]') ? el : el.querySelector('h1, h2, h3, [role="heading"]');
    if (heading) return heading;
  }
  return null;
}

/** Names (or, for a chip without one, addresses) in the To, Cc and Bcc rows, in that order. */
function readRecipients(box: HTMLElement): string[] {
  const found: string[] = [];
  for (const field of RECIPIENT_FIELDS) {
    for (const chip of box.querySelectorAll(`[name="${field}"] [role="listbox"] [role="option"][data-hovercard-id]`)) {
      found.push(chip.getAttribute('data-name')?.trim() || chip.getAttribute('data-hovercard-id')!.trim());
    }
  }
  if (!found.length) {
    // Before the 2021 recipient UI: one hidden input per chip, "Name <address>" or the address.
    for (const field of RECIPIENT_FIELDS) {
      for (const input of box.querySelectorAll<HTMLInputElement>(`input[type="hidden"][name="${field}"]`)) {
        found.push(nameOrAddress(input.value));
      }
    }
  }
  return [...new Set(found.filter(Boolean))];
}

/** Longest mailbox value read: a recipient is at most 1,000 characters when it is sent anyway. */
export const MAX_MAILBOX_CHARS = 1000;

/**
 * "Name <address>", "\"Name\" <address>" or a bare address → the name, else the address.
 * Linear in the input (one trim, index look-ups; no backtracking regex) and capped: a page can put
 * any value in these fields, and this runs on Gmail's main thread.
 */
export function nameOrAddress(mailbox: string): string {
  const value = mailbox.trim().slice(0, MAX_MAILBOX_CHARS);
  const open = value.indexOf('<');
  if (open < 0 || !value.endsWith('>')) return value.trim();
  const address = value.slice(open + 1, -1);
  let name = value.slice(0, open).trim();
  if (name.startsWith('"')) name = name.slice(1);
  if (name.endsWith('"')) name = name.slice(0, -1);
  if (address.includes('>') || name.includes('"')) return value.trim();
  return name.trim() || address.trim();
}
