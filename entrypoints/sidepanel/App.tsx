import { useEffect } from 'react';
import { CappedNotice } from '@/components/CappedNotice';
import { DraftSummary } from '@/components/DraftSummary';
import { FindingList } from '@/components/FindingList';
import { GettingStarted } from '@/components/GettingStarted';
import { LimitNotice } from '@/components/LimitNotice';
import { FollowUpWhy } from '@/components/FollowUpWhy';
import { NotFollowUp } from '@/components/NotFollowUp';
import { MESSAGES } from '@/lib/checker/messages/index';
import type { Lang } from '@/lib/checker/types';
import { translate, type UiKey } from '@/lib/i18n/index';
import { sendMessage, type ActiveDraft } from '@/lib/messaging';
import { useAppStore } from '@/lib/store';
import type { WireFinding } from '@/lib/wire';

const openOptions = () => void browser.runtime.openOptionsPage().catch(() => {});

/** The draft being edited: its facts, then its findings, or why it was not checked. */
function DraftView({ draft, uiLang }: { draft: ActiveDraft; uiLang: Lang }) {
  const t = (key: UiKey) => translate(uiLang, key);
  const { report } = draft;
  const reveal = (finding: WireFinding) =>
    void sendMessage('revealFinding', { tabId: draft.tabId, editorId: draft.editorId, start: finding.start, end: finding.end }).catch(() => {});
  const checkAnyway = () => void sendMessage('checkActiveDraft', undefined).catch(() => {});
  const rules = MESSAGES[draft.adviceLang].rules;

  return (
    <>
      <DraftSummary draft={draft} uiLang={uiLang} />
      {report.limit && <LimitNotice limit={report.limit} uiLang={uiLang} />}
      {!report.applicable ? (
        <>
          <NotFollowUp uiLang={uiLang} onCheckAnyway={checkAnyway} />
          {report.followUp && <FollowUpWhy followUp={report.followUp} applicable={false} uiLang={uiLang} />}
        </>
      ) : (
        <section className="results" aria-labelledby="findings-heading">
          <h2 id="findings-heading">{t('panel.findings')}</h2>
          {draft.forced ? (
            <p className="quiet">{t('panel.forced')}</p>
          ) : (
            report.followUp && <FollowUpWhy followUp={report.followUp} applicable uiLang={uiLang} />
          )}
          {report.capped && <CappedNotice capped={report.capped} uiLang={uiLang} />}
          {report.findings.length === 0 ? (
            <p className="all-good" data-testid="no-findings">
              {t('panel.noFindings')}
            </p>
          ) : (
            <FindingList
              findings={report.findings}
              advice={report.advice}
              excerpts={draft.excerpts}
              ruleName={(rule) => rules[rule].name}
              uiLang={uiLang}
              adviceLang={draft.adviceLang}
              onReveal={reveal}
            />
          )}
        </section>
      )}
    </>
  );
}

/** The side panel: follows the compose box being edited, live. */
export function App() {
  const uiLang = useAppStore((s) => s.uiLang);
  const draft = useAppStore((s) => s.activeDraft);

  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.title = translate(uiLang, 'common.appName');
  }, [uiLang]);

  return (
    <main className="page sidepanel" data-testid="sidepanel" lang={uiLang}>
      <header className="page-header">
        <h1>{translate(uiLang, 'common.appName')}</h1>
        <button type="button" className="secondary" onClick={openOptions}>
          {translate(uiLang, 'common.settings')}
        </button>
      </header>
      {draft ? <DraftView draft={draft} uiLang={uiLang} /> : <GettingStarted uiLang={uiLang} />}
    </main>
  );
}
