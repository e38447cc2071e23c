import { ALL_LANGS, defineRule } from '../../rule';

/**
 * Over the surface's length budget (seeds 002, 003): words for e-mails, messages, posts and
 * comments; characters for a LinkedIn connection note. The span is the part past the budget.
 */
export default defineRule({
  id: 'too-long',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['002', '003'], messageIds: ['words', 'chars'], lists: [] },
  check(ctx) {
    if (ctx.surface === 'connection-note') {
      const body = /\S[\s\S]*\S|\S/u.exec(ctx.text);
      if (!body || body[0].length <= ctx.budget) return [];
      return [
        {
          start: body.index + ctx.budget,
          end: body.index + body[0].length,
          messageId: 'chars',
          data: { count: body[0].length, budget: ctx.budget },
        },
      ];
    }
    const words = ctx.words();
    if (words.length <= ctx.budget) return [];
    return [
      {
        start: words[ctx.budget].start,
        end: words[words.length - 1].end,
        messageId: 'words',
        data: { count: words.length, budget: ctx.budget, surface: ctx.surface },
      },
    ];
  },
});
