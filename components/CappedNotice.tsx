import type { Lang, Report } from '@/lib/checker/types';
import { translate } from '@/lib/i18n/index';

/** The draft had more findings than a report carries: how many are listed of how many found. */
export function CappedNotice({ capped, uiLang }: { capped: NonNullable<Report['capped']>; uiLang: Lang }) {
  const format = new Intl.NumberFormat(uiLang);
  return (
    <p className="notice" role="note" data-testid="capped">
      {translate(uiLang, 'common.capped', { shown: format.format(capped.shown), total: format.format(capped.total) })}
    </p>
  );
}
