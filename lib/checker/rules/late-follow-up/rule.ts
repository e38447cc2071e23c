import { ALL_LANGS, defineRule, onFirstLine } from '../../rule';

const HOUR = 3_600_000;
/** Send within 24 hours, at the latest 48 (seeds 002, 003). */
const SOON_HOURS = 24;
const LATEST_HOURS = 48;

/** The interview was more than a day ago: still worth sending, better late than never. */
export default defineRule({
  id: 'late-follow-up',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['002', '003'], messageIds: ['late', 'day-passed'], lists: [] },
  check(ctx) {
    if (!ctx.draft.interviewDate) return [];
    const interview = Date.parse(ctx.draft.interviewDate);
    if (Number.isNaN(interview) || Number.isNaN(ctx.now)) return [];
    const elapsed = ctx.now - interview;
    const hours = Math.floor(elapsed / HOUR);
    if (elapsed > LATEST_HOURS * HOUR) return onFirstLine(ctx, 'late', { data: { hours } });
    if (elapsed > SOON_HOURS * HOUR) return onFirstLine(ctx, 'day-passed', { data: { hours }, severity: 'info' });
    return [];
  },
});
