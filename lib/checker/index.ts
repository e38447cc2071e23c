/** The checker's public API: a pure library, no browser API, shared by the extension, the CLI and the tests. */
export { check, validateDraft, DraftError, MAX_CHECKED_CHARS } from './check';
export { detectLanguage } from './language';
export { RULES } from './rules/index';
export { MESSAGES } from './messages/index';
export * from './types';
