import { mergeOverlapping } from '../phrases';
import { ALL_LANGS, defineRule } from '../rule';

// English self-superlatives found through compromise's tags: "I am the most qualified candidate", "I'm the strongest fit".
const SELF_SUPERLATIVES = ['i (am|was) the #Superlative #Noun?', 'i (am|was) the (most|best) #Adjective? #Noun?'];

/** Self-praise and sales pitch: superlatives about oneself, "no one else can" (seed 002). */
export default defineRule({
  id: 'overselling',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['002'], messageIds: ['self-praise'], lists: ['selfPraise'] },
  check(ctx) {
    const spans = [...ctx.list('selfPraise').find(ctx.text), ...SELF_SUPERLATIVES.flatMap((p) => ctx.englishMatches(p))];
    return mergeOverlapping(spans).map((m) => ({ start: m.start, end: m.end, messageId: 'self-praise' }));
  },
});
