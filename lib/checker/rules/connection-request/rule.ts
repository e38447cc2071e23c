import { ALL_LANGS, defineRule, onFirstLine } from '../../rule';

/** A LinkedIn connection-request note to the interviewer while the process is open (seed 002). */
export default defineRule({
  id: 'connection-request',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['002'], messageIds: ['open'], lists: ['processOver'] },
  check(ctx) {
    if (ctx.surface !== 'connection-note') return [];
    return ctx.list('processOver').test(ctx.text) ? [] : onFirstLine(ctx, 'open');
  },
});
