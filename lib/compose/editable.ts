/** Which element of a focus event's path is an editor we may read, and which we must leave alone. */

/** The outermost contenteditable element, or a textarea, on the composed path (innermost first). */
export function findEditable(path: readonly EventTarget[]): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const target of path) {
    if (!(target instanceof HTMLElement)) continue;
    if (target instanceof HTMLTextAreaElement) return target;
    if (target.isContentEditable || target.getAttribute('contenteditable') === 'true' || target.getAttribute('contenteditable') === 'plaintext-only') {
      found = target;
    } else if (found) {
      break;
    }
  }
  return found;
}

/**
 * Fields that ask writing tools to stay out (data-gramm="false", data-lt-active="false",
 * data-enable-grammarly="false"), password and search fields. spellcheck="false" is not a
 * reason: Gmail's own compose body carries it.
 */
export function isOptedOut(editor: HTMLElement): boolean {
  for (let el: Element | null = editor; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
    if (el.getAttribute('data-gramm') === 'false' || el.getAttribute('data-gramm_editor') === 'false') return true;
    if (el.getAttribute('data-lt-active') === 'false' || el.getAttribute('data-enable-grammarly') === 'false') return true;
    if (el === el.ownerDocument.body) break;
  }
  if (editor instanceof HTMLInputElement) return true;
  const role = editor.getAttribute('role');
  const type = editor.getAttribute('type');
  return role === 'searchbox' || type === 'search' || type === 'password';
}
