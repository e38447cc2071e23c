import { ALL_LANGS, defineRule, onFirstLine, writesToTheInterviewer } from '../../rule';

/**
 * Nothing refers to the interview or conversation itself (seeds 000, 002, 003). Read for
 * meaning: besides the words for it, a day named in a sentence that thanks or says it was good
 * refers to the meeting ("Thank you for showing me round yesterday", "Tack för rundturen i onsdags").
 */
export default defineRule({
  id: 'missing-interview-reference',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['000', '002', '003'], messageIds: ['missing'], lists: ['reference'] },
  check(ctx) {
    if (!writesToTheInterviewer(ctx.surface)) return [];
    return ctx.list('reference').test(ctx.text) ? [] : onFirstLine(ctx, 'missing');
  },
});
