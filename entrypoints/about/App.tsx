import { useEffect } from 'react';
import { aboutText, type AboutKey } from '@/lib/i18n/about';
import { translate, type UiKey } from '@/lib/i18n/index';
import { useAppStore } from '@/lib/store';
import { SOURCE_IDS, type SourceId } from '@/lib/sources';

/** The language each article is written in (shared/seeds/README.md). */
const SOURCE_LANGUAGE: Record<SourceId, 'nb' | 'de' | 'da' | 'sv'> = { '000': 'nb', '001': 'de', '002': 'da', '003': 'da', '004': 'sv' };

/** "About the advice": the five articles the advice comes from, by the names the advice cites them by. */
export function App() {
  const uiLang = useAppStore((s) => s.uiLang);
  const title = aboutText(uiLang, 'about.title');
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = uiLang;
  }, [title, uiLang]);
  return (
    <main className="about" data-testid="about">
      <h1>{title}</h1>
      <p>{aboutText(uiLang, 'about.intro')}</p>
      {SOURCE_IDS.map((id) => (
        <section key={id} id={`source-${id}`} data-testid="source" data-source={id}>
          <h2>{translate(uiLang, `common.source.${id}` as UiKey)}</h2>
          <p className="about-language">{aboutText(uiLang, 'about.language', { language: aboutText(uiLang, `about.lang.${SOURCE_LANGUAGE[id]}` as AboutKey) })}</p>
          <p>{aboutText(uiLang, `about.summary.${id}` as AboutKey)}</p>
        </section>
      ))}
    </main>
  );
}
