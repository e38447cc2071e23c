/** The pages the extension reads: its content script's match patterns, used by the manifest and the background. */
export const SITE_MATCHES = [
  'https://mail.google.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://www.messenger.com/*',
  'https://messenger.com/*',
];

/** Where WXT writes the content script in the built extension. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/compose.js';
