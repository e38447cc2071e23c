import { useEffect, useState } from 'react';
import { DraftChecklist } from '@/components/DraftChecklist';
import { LimitNotice } from '@/components/LimitNotice';
import { NotFollowUp } from '@/components/NotFollowUp';
import { ProcessChecklist } from '@/components/ProcessChecklist';
import { translate } from '@/lib/i18n/index';
import { sendMessage } from '@/lib/messaging';
import { followUpPlan, stepKey } from '@/lib/process';
import { useAppStore } from '@/lib/store';

/** Chrome has `sidePanel`, Firefox `sidebarAction`; each exists only in its browser. */
interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}
const panelApis = () => browser as unknown as PanelApis;

const openOptions = () => void browser.runtime.openOptionsPage().catch(() => {});

/** The popup: a checklist for the focused draft and the follow-up process with its dates. */
export function App() {
  const uiLang = useAppStore((s) => s.uiLang);
  const draft = useAppStore((s) => s.activeDraft);
  const settings = useAppStore((s) => s.settings);
  const checklist = useAppStore((s) => s.checklist);
  const setTick = useAppStore((s) => s.setTick);
  // Chrome opens the side panel only in answer to a click, so the window is looked up beforehand.
  const [windowId, setWindowId] = useState<number>();
  const t = (key: Parameters<typeof translate>[1]) => translate(uiLang, key);

  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.title = translate(uiLang, 'common.appName');
  }, [uiLang]);

  useEffect(() => {
    if (!panelApis().sidePanel) return;
    browser.windows
      .getCurrent()
      .then((win) => setWindowId(win?.id))
      .catch(() => {});
  }, []);

  const { sidePanel, sidebarAction } = panelApis();
  const canOpenPanel = Boolean(sidePanel?.open || sidebarAction?.open);
  const openPanel = () => {
    const opened = sidePanel?.open ? (windowId === undefined ? undefined : sidePanel.open({ windowId })) : sidebarAction?.open();
    opened?.then(() => window.close()).catch(() => {});
  };

  const plan = followUpPlan(settings, new Date());

  return (
    <main className="page popup" data-testid="popup" lang={uiLang}>
      <header className="page-header">
        <h1>{t('common.appName')}</h1>
      </header>

      <section aria-labelledby="draft-heading">
        <h2 id="draft-heading">{t('popup.draftHeading')}</h2>
        {!draft ? (
          <p className="quiet" data-testid="no-draft">
            {t('common.noDraft.body')}
          </p>
        ) : !draft.report.applicable ? (
          <NotFollowUp uiLang={uiLang} onCheckAnyway={() => void sendMessage('checkActiveDraft', undefined).catch(() => {})} />
        ) : (
          <>
            <DraftChecklist findings={draft.report.findings} rules={settings.rules} uiLang={uiLang} />
            {draft.report.limit && <LimitNotice limit={draft.report.limit} uiLang={uiLang} />}
          </>
        )}
      </section>

      <section aria-labelledby="process-heading">
        <h2 id="process-heading">{t('popup.processHeading')}</h2>
        <ProcessChecklist
          plan={plan}
          uiLang={uiLang}
          ticked={(id) => checklist[stepKey(settings, id)] === true}
          onTick={(id, done) => void setTick(stepKey(settings, id), done)}
          onOpenOptions={openOptions}
        />
      </section>

      <footer className="actions">
        {canOpenPanel && (
          <button type="button" onClick={openPanel}>
            {t('popup.openSidePanel')}
          </button>
        )}
        <button type="button" className="secondary" onClick={openOptions}>
          {t('common.settings')}
        </button>
      </footer>
    </main>
  );
}
