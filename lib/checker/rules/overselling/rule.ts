import { mergeOverlapping } from '../../phrases';
import { ALL_LANGS, defineRule } from '../../rule';

// English self-superlatives found through compromise's tags: "I am the most qualified candidate", "I'm the strongest fit".
// Present tense only: "I was the most junior person" describes the past, modestly.
const SELF_SUPERLATIVES = ['i am the #Superlative #Noun?', 'i am the (most|best) #Adjective? #Noun?'];
/** Only sentences where the writer says "I am the …" are tagged. */
const SELF_SUPERLATIVE_FILTER = /(?<![\p{L}])i(?:['’]m|\s+am)\s+the\s/iu;

/** Self-praise and sales pitch: superlatives about oneself, "no one else can" (seed 002). */
export default defineRule({
  id: 'overselling',
  meta: { severity: 'warning', languages: ALL_LANGS, sources: ['002'], messageIds: ['self-praise'], lists: ['selfPraise'] },
  check(ctx) {
    const spans = [...ctx.list('selfPraise').find(ctx.text), ...SELF_SUPERLATIVES.flatMap((p) => ctx.englishMatches(p, SELF_SUPERLATIVE_FILTER))];
    return mergeOverlapping(spans).map((m) => ({ start: m.start, end: m.end, messageId: 'self-praise' }));
  },
});
