import type { Lang } from '@/lib/checker/types';
import { translate } from '@/lib/i18n/index';

/** The draft does not look like an interview follow-up: say so, and offer to check it all the same. */
export function NotFollowUp({ uiLang, onCheckAnyway }: { uiLang: Lang; onCheckAnyway(): void }) {
  return (
    <div className="notice" data-testid="not-follow-up">
      <p>{translate(uiLang, 'common.notFollowUp')}</p>
      <button type="button" onClick={onCheckAnyway}>
        {translate(uiLang, 'common.checkAnyway')}
      </button>
    </div>
  );
}
