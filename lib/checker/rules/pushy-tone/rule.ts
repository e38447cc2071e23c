import { ALL_LANGS, defineRule } from '../../rule';

/** Pressure or desperation: deadlines for the employer, other offers, chasing, begging (seeds 002, 003). */
export default defineRule({
  id: 'pushy-tone',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['002', '003'], messageIds: ['pressure'], lists: ['pressure'] },
  check(ctx) {
    return ctx.list('pressure').find(ctx.text).map((m) => ({ start: m.start, end: m.end, messageId: 'pressure' }));
  },
});
