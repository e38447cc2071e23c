import type { Lang, Report } from '@/lib/checker/types';
import { translate } from '@/lib/i18n/index';

/** A long draft was checked only in part. */
export function LimitNotice({ limit, uiLang }: { limit: NonNullable<Report['limit']>; uiLang: Lang }) {
  const format = new Intl.NumberFormat(uiLang);
  return (
    <p className="notice" role="note" data-testid="limit">
      {translate(uiLang, 'common.limit', { checked: format.format(limit.checkedChars), total: format.format(limit.totalChars) })}
    </p>
  );
}
