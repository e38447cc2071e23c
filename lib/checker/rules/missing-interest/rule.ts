import { ALL_LANGS, defineRule, onFirstLine, writesToTheInterviewer } from '../../rule';

/**
 * Nothing says the writer still wants the role (seeds 002, 003). Read for meaning: besides the
 * usual phrases, a wish and the job in one sentence count ("I'd be glad to be part of the crew",
 * "jeg vil gerne have et sommerjob hos jer"), unless the sentence says the opposite.
 */
export default defineRule({
  id: 'missing-interest',
  meta: { severity: 'info', languages: ALL_LANGS, sources: ['002', '003'], messageIds: ['missing'], lists: ['interest'] },
  check(ctx) {
    if (!writesToTheInterviewer(ctx.surface)) return [];
    return ctx.list('interest').test(ctx.text) ? [] : onFirstLine(ctx, 'missing');
  },
});
