/** Which sender may send which message: panel messages from the extension's pages, content-script messages from its content script. */
import { describe, expect, it } from 'vitest';
import { isExtensionPage, isOwnContentScript, type MessageSender } from '@/lib/senders';

const runtime = { id: 'abcdefgh', getURL: (path: string) => `chrome-extension://abcdefgh/${path.replace(/^\//, '')}` };
const firefox = { id: '{7d1c2f0e}', getURL: (path: string) => `moz-extension://0f1e2d3c/${path.replace(/^\//, '')}` };

const SENDERS: [string, MessageSender, { panel: boolean; contentScript: boolean }][] = [
  ['the side panel', { id: 'abcdefgh', url: 'chrome-extension://abcdefgh/sidepanel.html' }, { panel: true, contentScript: false }],
  ['the popup', { id: 'abcdefgh', url: 'chrome-extension://abcdefgh/popup.html' }, { panel: true, contentScript: false }],
  ['the content script on Gmail', { id: 'abcdefgh', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 12 } }, { panel: false, contentScript: true }],
  ['the side panel opened as a page in a tab', { id: 'abcdefgh', url: 'chrome-extension://abcdefgh/sidepanel.html', tab: { id: 3 } }, { panel: true, contentScript: false }],
  ['another extension’s page', { id: 'otherext', url: 'chrome-extension://otherext/sidepanel.html' }, { panel: false, contentScript: false }],
  ['another extension’s content script', { id: 'otherext', url: 'https://mail.google.com/', tab: { id: 12 } }, { panel: false, contentScript: false }],
  ['a look-alike extension URL', { id: 'abcdefgh', url: 'chrome-extension://abcdefgh.evil/sidepanel.html' }, { panel: false, contentScript: false }],
  ['a tab whose URL only contains the extension’s', { id: 'abcdefgh', url: 'https://evil.example/chrome-extension://abcdefgh/', tab: { id: 4 } }, { panel: false, contentScript: true }],
  ['a sender with no URL and no tab', { id: 'abcdefgh' }, { panel: false, contentScript: false }],
  ['a tab without an id', { id: 'abcdefgh', url: 'https://www.linkedin.com/feed/', tab: {} }, { panel: false, contentScript: false }],
  ['no id at all', { url: 'chrome-extension://abcdefgh/popup.html' }, { panel: false, contentScript: false }],
];

describe('senders', () => {
  it.each(SENDERS)('%s', (_name, sender, want) => {
    expect(isExtensionPage(sender, runtime)).toBe(want.panel);
    expect(isOwnContentScript(sender, runtime)).toBe(want.contentScript);
  });

  it('knows Firefox’s extension pages by their moz-extension URL', () => {
    expect(isExtensionPage({ id: '{7d1c2f0e}', url: 'moz-extension://0f1e2d3c/sidepanel.html' }, firefox)).toBe(true);
    expect(isOwnContentScript({ id: '{7d1c2f0e}', url: 'moz-extension://0f1e2d3c/sidepanel.html', tab: { id: 1 } }, firefox)).toBe(false);
    expect(isOwnContentScript({ id: '{7d1c2f0e}', url: 'https://www.facebook.com/', tab: { id: 1 } }, firefox)).toBe(true);
  });
});
