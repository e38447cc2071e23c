import { ALL_LANGS, defineRule, onFirstLine } from '../../rule';

/** Thanking an interviewer on a public wall or feed (seeds 000, 001). */
export default defineRule({
  id: 'public-post',
  meta: { severity: 'error', languages: ALL_LANGS, sources: ['000', '001'], messageIds: ['public', 'audience'], lists: ['audience'] },
  check(ctx) {
    if (ctx.surface === 'post' || ctx.surface === 'comment') {
      return onFirstLine(ctx, 'public', { data: { surface: ctx.surface } });
    }
    if (ctx.surface === 'unknown') {
      return ctx.list('audience').find(ctx.text).map((m) => ({ start: m.start, end: m.end, messageId: 'audience' }));
    }
    return [];
  },
});
