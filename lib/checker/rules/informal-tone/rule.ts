import { mergeOverlapping } from '../../phrases';
import { ALL_LANGS, defineRule, type RuleContext, type RuleReport } from '../../rule';

// Emoji: pictographs with their modifiers, joiners and variation selectors; ©, ® and ™ are not emoji in prose.
const EMOJI_RUN = /(?:(?![©®™])\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{20E3}]*(?:\u200D(?![©®™])\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\u{FE0F}]*)*|\p{Regional_Indicator}{2})+/gu;
const EXCLAMATIONS = /!{2,}/gu;
const QUESTIONS = /\?{2,}/gu;
// Five or more capital letters with no lower-case letter: shouting, not an acronym. Consecutive ones form one span.
const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}{5,}(?:[ \t]+\p{Lu}{5,})*(?![\p{L}\p{N}])/gu;
// English pronoun "i" written in lower case, alone or in a contraction.
const LOWERCASE_I = /(?<![\p{L}\p{N}'’])i(?:['’](?:m|ve|ll|d))?(?![\p{L}\p{N}]|['’]\p{L}|\.\p{L})/gu;

function spans(ctx: RuleContext, re: RegExp, messageId: string): RuleReport[] {
  return [...ctx.text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, messageId, data: { text: m[0] } }));
}

/**
 * Slang, text-speak, emoji, "!!"/"??", words in capitals, lower-case "i", and German du
 * toward the reader (seed 002: better too formal than too informal). Danish, Norwegian and
 * Swedish use "du" politely, so their informalPronouns list is empty.
 */
export default defineRule({
  id: 'informal-tone',
  meta: {
    severity: 'warning',
    languages: ALL_LANGS,
    sources: ['002'],
    messageIds: ['slang', 'emoji', 'exclamations', 'questions', 'caps', 'lowercase-i', 'informal-pronoun'],
    lists: ['slang', 'caseSensitiveSlang', 'informalPronouns'],
  },
  check(ctx) {
    const slang = mergeOverlapping([...ctx.list('slang').find(ctx.text), ...ctx.list('caseSensitiveSlang').find(ctx.text)]);
    const out: RuleReport[] = slang.map((m) => ({
      start: m.start,
      end: m.end,
      messageId: 'slang',
      suggestion: m.replacement || undefined,
    }));
    out.push(
      ...ctx.list('informalPronouns').find(ctx.text).map((m) => ({ start: m.start, end: m.end, messageId: 'informal-pronoun' })),
      ...spans(ctx, EMOJI_RUN, 'emoji'),
      ...spans(ctx, EXCLAMATIONS, 'exclamations'),
      ...spans(ctx, QUESTIONS, 'questions'),
      ...spans(ctx, CAPS_RUN, 'caps'),
    );
    if (ctx.lang === 'en') out.push(...spans(ctx, LOWERCASE_I, 'lowercase-i'));
    return out;
  },
});
