import { mergeOverlapping } from '../../phrases';
import { ALL_LANGS, defineRule } from '../../rule';

/** Surfaces where others than the interviewer read along. */
const PUBLIC = new Set(['post', 'comment', 'unknown']);

/**
 * Announcing or boasting about the interview to third parties (seeds 000, 001). A plain
 * "I had an interview at …" is news only to an audience: it counts on public surfaces.
 */
export default defineRule({
  id: 'humble-brag',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['000', '001'], messageIds: ['announce', 'hashtag'], lists: ['announce', 'hashtags', 'publicAnnouncement'] },
  check(ctx) {
    const announcements = PUBLIC.has(ctx.surface)
      ? mergeOverlapping([...ctx.list('announce').find(ctx.text), ...ctx.list('publicAnnouncement').find(ctx.text)])
      : ctx.list('announce').find(ctx.text);
    return [
      ...announcements.map((m) => ({ start: m.start, end: m.end, messageId: 'announce' })),
      ...ctx.list('hashtags').find(ctx.text).map((m) => ({ start: m.start, end: m.end, messageId: 'hashtag' })),
    ];
  },
});
