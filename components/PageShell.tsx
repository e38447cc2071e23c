import { MESSAGES } from '@/lib/checker/messages/index';
import { RULES } from '@/lib/checker/rules/index';
import { LANGS, type Lang } from '@/lib/checker/types';

/** The browser's UI language if the checker speaks it, else English. */
function uiLang(): Lang {
  const tag = browser.i18n.getUILanguage().toLowerCase();
  const base = tag === 'no' || tag.startsWith('nn') ? 'nb' : tag.split('-')[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}

/** Until the live pages exist: the extension's name, what it does, and every check with its advice. */
export function PageShell({ page }: { page: string }) {
  const lang = uiLang();
  const rules = MESSAGES[lang].rules;
  return (
    <main data-page={page} lang={lang} style={{ font: '14px system-ui, sans-serif', maxWidth: 560, padding: 12 }}>
      <h1 style={{ fontSize: 18 }}>{browser.i18n.getMessage('extName')}</h1>
      <p>{browser.i18n.getMessage('extDescription')}</p>
      <h2 style={{ fontSize: 15 }}>{browser.i18n.getMessage('rulesHeading')}</h2>
      <dl>
        {RULES.map((rule) => (
          <div key={rule.id}>
            <dt style={{ fontWeight: 600 }}>{rules[rule.id].name}</dt>
            <dd style={{ margin: '0 0 8px' }}>{rules[rule.id].advice}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
