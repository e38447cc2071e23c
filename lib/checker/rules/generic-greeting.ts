import { ALL_LANGS, defineRule } from '../rule';

/** A name line without a greeting word ("Ingrid," / "Kari Nilsen,") has at most this many words. */
const MAX_NAME_LINE_WORDS = 3;
/** After a greeting word, a name is looked for among this many words ("Dear Ms. Anna Berg"). */
const MAX_NAME_WORDS = 4;

/**
 * E-mails and messages should open by addressing the person by name (seed 003):
 * flags "To whom it may concern" and its equivalents, a greeting with no name, or no greeting.
 */
export default defineRule({
  id: 'generic-greeting',
  meta: {
    severity: 'warning',
    languages: ALL_LANGS,
    sources: ['003'],
    messageIds: ['impersonal', 'no-name', 'missing'],
    lists: ['greetings', 'impersonal', 'genericAddressees'],
  },
  check(ctx) {
    if (ctx.surface !== 'email' && ctx.surface !== 'message') return [];
    const line = ctx.firstLine();
    if (!line) return [];
    const whole = { start: line.start, end: line.end };

    const impersonal = ctx.list('impersonal').find(line.text).find((m) => m.start === 0);
    if (impersonal) {
      return [{ start: line.start, end: line.start + impersonal.end, messageId: 'impersonal' }];
    }

    const greeting = ctx.list('greetings').find(line.text).find((m) => m.start === 0);
    // The name follows the greeting word directly: "Hi Anna," — in "Hi, I wanted to …" nothing does.
    const rest = (greeting ? line.text.slice(greeting.end) : line.text).replace(/^[\s,!?:;]+/u, '').split(/[,!?:;]/u)[0];
    const words = (rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).slice(0, MAX_NAME_WORDS);
    const generic = ctx.list('genericAddressees');
    const isName = (w: string) => /^\p{Lu}/u.test(w) && !generic.test(w.replace(/\.$/u, ''));

    if (greeting) {
      return words.some(isName) ? [] : [{ ...whole, messageId: 'no-name' }];
    }
    if (words.length > 0 && words.length <= MAX_NAME_LINE_WORDS && words.every(isName)) return [];
    return [{ ...whole, messageId: 'missing' }];
  },
});
