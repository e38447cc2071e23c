import { ALL_LANGS, defineRule, onFirstLine } from '../../rule';

/** No expression of gratitude anywhere in the draft (seeds 002, 003, 004). */
export default defineRule({
  id: 'missing-thanks',
  meta: { severity: 'error', languages: ALL_LANGS, sources: ['002', '003', '004'], messageIds: ['missing'], lists: ['gratitude'] },
  check(ctx) {
    return ctx.list('gratitude').test(ctx.text) ? [] : onFirstLine(ctx, 'missing');
  },
});
