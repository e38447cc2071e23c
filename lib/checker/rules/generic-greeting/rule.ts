import { functionWords } from '../../model/features';
import { ALL_LANGS, defineRule } from '../../rule';

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
    const after = greeting ? line.text.slice(greeting.end) : line.text;
    // The name follows the greeting word directly ("Hi Anna," / "God morgen, Per Olav!"), up to the
    // next punctuation. "Hallo, vielen Dank für das Gespräch" and "Hi, I wanted to …" name no one:
    // after a comma, a run of more than a few words is a sentence, not a name.
    const segment = after.replace(/^[\s,!?:;]+/u, '').split(/[,!?:;]/u)[0];
    const segmentWords = segment.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
    const sentenceAfterComma = /^\s*[,:]/u.test(after) && segmentWords.length > MAX_NAME_LINE_WORDS;
    const words = sentenceAfterComma ? [] : segmentWords.slice(0, MAX_NAME_WORDS);
    const generic = ctx.list('genericAddressees');
    const capitalised = (w: string) => /^\p{Lu}/u.test(w);
    const isName = (w: string) => capitalised(w) && !generic.test(w.replace(/\.$/u, ''));

    if (greeting) {
      // "Dear Data Science Team": capitalised words that end in a team, a panel or a department name no one.
      const last = segmentWords[segmentWords.length - 1];
      const addressesGroup = last !== undefined && generic.test(last.replace(/\.$/u, ''));
      // "good morning kimberly,": a lower-case name is still a name when the greeting line is just the
      // greeting and one or two words that are neither a group ("all", "team") nor a function word.
      const rest = after.replace(/^[\s,!?:;]+/u, '').slice(segment.length);
      const lowerCaseName =
        segmentWords.length > 0 &&
        segmentWords.length <= 2 &&
        /^[\s,!.?:;)]*$/u.test(rest) &&
        segmentWords.every((w) => !capitalised(w) && /^\p{L}/u.test(w) && !generic.test(w) && !functionWords(ctx.lang).has(w.toLowerCase()));
      return (words.some(isName) || lowerCaseName) && !addressesGroup ? [] : [{ ...whole, messageId: 'no-name' }];
    }
    // No greeting word: a short line of capitalised words with a name in it is a greeting by name ("Frau Berger,").
    if (segmentWords.length > 0 && segmentWords.length <= MAX_NAME_LINE_WORDS && segmentWords.every(capitalised) && segmentWords.some(isName)) {
      return [];
    }
    return [{ ...whole, messageId: 'missing' }];
  },
});
