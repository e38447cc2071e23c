import { ALL_LANGS, defineRule, onFirstLine } from '../../rule';

/** Nothing says the writer still wants the role (seeds 002, 003). */
export default defineRule({
  id: 'missing-interest',
  meta: { severity: 'info', languages: ALL_LANGS, sources: ['002', '003'], messageIds: ['missing'], lists: ['interest'] },
  check(ctx) {
    return ctx.list('interest').test(ctx.text) ? [] : onFirstLine(ctx, 'missing');
  },
});
