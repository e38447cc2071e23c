/**
 * Who may send which message to the background. The side panel, the popup and the content
 * script all reach it through runtime messaging; what tells them apart is filled in by the
 * browser, not by the sender: `id` (the extension), `tab` (set for a script in a tab) and `url`
 * (the sending frame). A web page's renderer that took over the content script's world can
 * send anything a content script can, so whatever the panel alone may ask for — another tab's
 * report with its excerpts, revealing words in another tab — is refused to content scripts.
 */

/** The parts of runtime.MessageSender the checks read. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** The parts of browser.runtime the checks read. */
export interface OwnRuntime {
  id: string;
  getURL(path: string): string;
}

const isExtensionUrl = (url: string | undefined, runtime: OwnRuntime) => typeof url === 'string' && url.startsWith(runtime.getURL('/'));

/**
 * One of the extension's own pages — the side panel (Firefox: sidebar) or the popup: for
 * getActiveDraft, revealFinding and checkActiveDraft. Its URL is under the extension's own
 * origin, which no content script has. It may sit in a tab (sidepanel.html opened as a page, as
 * the browser tests and screenshots do): only the extension's own code runs at that origin, so
 * requiring "no tab" would add no safety and would refuse them.
 */
export function isExtensionPage(sender: MessageSender, runtime: OwnRuntime): boolean {
  return sender.id === runtime.id && isExtensionUrl(sender.url, runtime);
}

/**
 * The extension's content script in a web page's tab: for checkDraft, draftFocused,
 * draftClosed, openSidePanel and contentSettings. An extension page opened in a tab is not one.
 */
export function isOwnContentScript(sender: MessageSender, runtime: OwnRuntime): sender is MessageSender & { tab: { id: number } } {
  return sender.id === runtime.id && typeof sender.tab?.id === 'number' && !isExtensionUrl(sender.url, runtime);
}
