import { ALL_LANGS, defineRule } from '../../rule';

/**
 * E-mails and messages should end on a positive, forward-looking note (seed 003); a sign-off
 * such as "Best regards" alone is not one. The finding sits on the sign-off line, else the last line.
 */
export default defineRule({
  id: 'missing-closing',
  meta: { severity: 'info', languages: ALL_LANGS, sources: ['003'], messageIds: ['missing'], lists: ['closings', 'signOffs'] },
  check(ctx) {
    if (ctx.surface !== 'email' && ctx.surface !== 'message') return [];
    if (ctx.list('closings').test(ctx.text)) return [];
    const signOffs = ctx.list('signOffs');
    const lines = ctx.lines();
    const signOff = [...lines].reverse().find((l) => signOffs.find(l.text).some((m) => m.start === 0));
    const line = signOff ?? lines[lines.length - 1];
    return line ? [{ start: line.start, end: line.end, messageId: 'missing' }] : [];
  },
});
