import type { Lang, Report } from '@/lib/checker/types';
import { translate } from '@/lib/i18n/index';

/** The words that weighed most in the follow-up decision, as the user wrote them. */
export function FollowUpWhy({ followUp, applicable, uiLang }: { followUp: NonNullable<Report['followUp']>; applicable: boolean; uiLang: Lang }) {
  if (!followUp.cues.length) return null;
  const cues = followUp.cues.map((c) => `“${c.text.slice(0, 60)}”`).join(', ');
  return (
    <p className="quiet" data-testid="follow-up-why">
      {translate(uiLang, applicable ? 'common.followUpWhy' : 'common.notFollowUpWhy', { cues })}
    </p>
  );
}
