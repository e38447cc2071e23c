import { MESSAGES } from '@/lib/checker/messages/index';
import { RULE_IDS, type Lang } from '@/lib/checker/types';
import { translate } from '@/lib/i18n/index';

/** No draft is focused: how to start, and what the extension checks. */
export function GettingStarted({ uiLang }: { uiLang: Lang }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(uiLang, key);
  const rules = MESSAGES[uiLang].rules;
  return (
    <section className="getting-started" data-testid="getting-started" aria-labelledby="start-heading">
      <h2 id="start-heading">{t('common.noDraft.title')}</h2>
      <h3>{t('panel.start.heading')}</h3>
      <ol>
        <li>{t('panel.start.compose')}</li>
        <li>{t('panel.start.write')}</li>
        <li>{t('panel.start.profile')}</li>
      </ol>
      <p className="quiet">{t('panel.start.local')}</p>
      <h3>{t('panel.start.checks')}</h3>
      <ul className="rule-names">
        {RULE_IDS.map((id) => (
          <li key={id}>{rules[id].name}</li>
        ))}
      </ul>
    </section>
  );
}
