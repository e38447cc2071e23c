/** Messages the background receives: anything that is not exactly what the protocol says is refused. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_SENT_CHARS } from '@/lib/messaging';
import { EditorRefSchema, parseCheckRequest, RevealSchema } from '@/lib/requests';

const good = {
  editorId: 'e1-abc',
  seq: 3,
  force: false,
  typed: true,
  draft: { text: 'Thank you for the interview.', platform: 'gmail', surface: 'email', subject: 'Hi', recipients: ['Anna'] },
};

/** Hostile or broken check requests; each must be refused. */
export const HOSTILE_CHECK_REQUESTS: [string, unknown][] = [
  ['nothing', undefined],
  ['null', null],
  ['a string', 'checkDraft'],
  ['an array', [good]],
  ['no draft', { ...good, draft: undefined }],
  ['text is a number', { ...good, draft: { ...good.draft, text: 42 } }],
  ['text is an object', { ...good, draft: { ...good.draft, text: { toString: 'x' } } }],
  ['text over the size limit', { ...good, draft: { ...good.draft, text: 'a'.repeat(MAX_SENT_CHARS + 1) } }],
  ['unknown platform', { ...good, draft: { ...good.draft, platform: 'myspace' } }],
  ['unknown surface', { ...good, draft: { ...good.draft, surface: 'fax' } }],
  ['editor id with markup', { ...good, editorId: '<img src=x onerror=alert(1)>' }],
  ['editor id too long', { ...good, editorId: 'e'.repeat(65) }],
  ['negative seq', { ...good, seq: -1 }],
  ['fractional seq', { ...good, seq: 1.5 }],
  ['force as a string', { ...good, force: 'yes' }],
  ['no typed flag', { ...good, typed: undefined }],
  ['typed as a string', { ...good, typed: 'true' }],
  ['subject too long', { ...good, draft: { ...good.draft, subject: 'x'.repeat(1001) } }],
  ['too many recipients', { ...good, draft: { ...good.draft, recipients: Array.from({ length: 101 }, () => 'a') } }],
  ['recipient not a string', { ...good, draft: { ...good.draft, recipients: [{}] } }],
  ['interview date not a date', { ...good, draft: { ...good.draft, interviewDate: 'javascript:alert(1)' } }],
  ['unknown language', { ...good, draft: { ...good.draft, lang: 'xx' } }],
  ['negative total length', { ...good, totalChars: -5 }],
  ['prototype pollution key', JSON.parse('{"__proto__": {"polluted": true}, "editorId": "e1", "seq": 1, "force": false}')],
];

describe('check requests', () => {
  it('accepts a well-formed request', () => {
    expect(parseCheckRequest(good)).toEqual(good);
  });

  it.each(HOSTILE_CHECK_REQUESTS)('refuses %s', (_name, data) => {
    expect(parseCheckRequest(data)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('other requests', () => {
  it.each([
    [{ editorId: 'e1' }, true],
    [{ editorId: '' }, false],
    [{ editorId: 'a b' }, false],
    [{}, false],
  ])('editor reference %j → %s', (data, ok) => {
    expect(v.is(EditorRefSchema, data)).toBe(ok);
  });

  it.each([
    [{ tabId: 3, editorId: 'e1', start: 0, end: 5 }, true],
    [{ tabId: -1, editorId: 'e1', start: 0, end: 5 }, false],
    [{ tabId: 3, editorId: 'e1', start: '0', end: 5 }, false],
  ])('reveal %j → %s', (data, ok) => {
    expect(v.is(RevealSchema, data)).toBe(ok);
  });
});
