import { MESSAGES } from '@/lib/checker/messages/index';
import type { Lang } from '@/lib/checker/types';
import { LANGUAGE_NAMES, translate, type UiKey } from '@/lib/i18n/index';
import type { ActiveDraft } from '@/lib/messaging';

type Visibility = 'public' | 'private' | 'unknown';

/** Posts and comments are public; e-mails, messages and connection notes go to one reader. */
export function visibilityOf(surface: ActiveDraft['surface']): Visibility {
  if (surface === 'post' || surface === 'comment') return 'public';
  if (surface === 'unknown') return 'unknown';
  return 'private';
}

const VISIBILITY_KEYS: Record<Visibility, UiKey> = { public: 'panel.public', private: 'panel.private', unknown: 'panel.audienceUnknown' };

const capitalise = (text: string, lang: Lang) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** The facts about the draft: its language, where it goes and who can read it, and its length against the budget. */
export function DraftSummary({ draft, uiLang }: { draft: ActiveDraft; uiLang: Lang }) {
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(uiLang, key, values);
  const { report } = draft;
  const language = report.language === 'und' ? t('panel.languageUnknown') : LANGUAGE_NAMES[report.language];
  const byCharacters = draft.surface === 'connection-note';
  const count = byCharacters ? draft.characters : report.stats.words;
  const over = count > draft.budget;
  const visibility = visibilityOf(draft.surface);
  return (
    <section className="summary" aria-label={t('panel.summary')}>
      <dl>
        <div>
          <dt>{t('panel.language')}</dt>
          <dd data-testid="language">{language}</dd>
        </div>
        <div>
          <dt>{t('panel.where')}</dt>
          <dd data-testid="visibility" data-visibility={visibility}>
            {capitalise(MESSAGES[uiLang].surfaces[draft.surface], uiLang)} · {t(VISIBILITY_KEYS[visibility])}
            {draft.audience && <span className="audience">{t('panel.audience', { audience: draft.audience })}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('panel.length')}</dt>
          <dd data-testid="length" data-over={over}>
            {t(byCharacters ? 'panel.length.characters' : 'panel.length.words', { count, budget: draft.budget })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
