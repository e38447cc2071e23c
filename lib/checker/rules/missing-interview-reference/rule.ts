import { ALL_LANGS, defineRule, onFirstLine } from '../../rule';

/** Nothing refers to the interview or conversation itself (seeds 000, 002, 003). */
export default defineRule({
  id: 'missing-interview-reference',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['000', '002', '003'], messageIds: ['missing'], lists: ['reference'] },
  check(ctx) {
    return ctx.list('reference').test(ctx.text) ? [] : onFirstLine(ctx, 'missing');
  },
});
