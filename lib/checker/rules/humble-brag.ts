import { ALL_LANGS, defineRule } from '../rule';

/** Announcing or boasting about the interview to third parties (seeds 000, 001). */
export default defineRule({
  id: 'humble-brag',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['000', '001'], messageIds: ['announce', 'hashtag'], lists: ['announce', 'hashtags'] },
  check(ctx) {
    return [
      ...ctx.list('announce').find(ctx.text).map((m) => ({ start: m.start, end: m.end, messageId: 'announce' })),
      ...ctx.list('hashtags').find(ctx.text).map((m) => ({ start: m.start, end: m.end, messageId: 'hashtag' })),
    ];
  },
});
