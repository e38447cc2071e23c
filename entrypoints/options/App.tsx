/**
 * The options page: the user's personal defaults, saved to extension storage as they are
 * edited (no save button). `connectStore` (main.tsx) keeps the store in step with storage, so
 * a change here reaches every open tab, and a change made elsewhere shows up here.
 */
import { useEffect, useRef, useState } from 'react';
import { FieldCheckbox } from '@/components/FieldCheckbox';
import { FieldDateTime } from '@/components/FieldDateTime';
import { FieldNumber } from '@/components/FieldNumber';
import { FieldRadioGroup } from '@/components/FieldRadioGroup';
import { FieldSelect } from '@/components/FieldSelect';
import { FieldText } from '@/components/FieldText';
import { OptionsInterviewers } from '@/components/OptionsInterviewers';
import { OptionsReset } from '@/components/OptionsReset';
import { OptionsRuleRow } from '@/components/OptionsRuleRow';
import { OptionsSaveStatus, type SaveState } from '@/components/OptionsSaveStatus';
import { OptionsSection } from '@/components/OptionsSection';
import { MESSAGES } from '@/lib/checker/messages/index';
import { LANGS, RULE_IDS, SEVERITIES, type Lang, type Severity } from '@/lib/checker/types';
import { LANGUAGE_NAMES, translate, type UiKey } from '@/lib/i18n/index';
import { INTERVIEW_KINDS, MAX_FIELD_LENGTH, MAX_INTERVIEWERS, SITES, type Settings } from '@/lib/settings';
import { useAppStore } from '@/lib/store';
import { BUDGET_SURFACES, budgetMax, budgetUnit, parseBudget } from './budgets';
import { ruleSummary } from './ruleSummary';

/** PRIVACY.md ships in the extension (wxt.config hooks), outside WXT's typed public folder. */
const PRIVACY_URL = () => (browser.runtime.getURL as (path: string) => string)('/PRIVACY.md');

/** Follows the saves in flight; only the latest decides what the status line says. */
function useSaveStatus() {
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef(0);
  return {
    state,
    track(save: Promise<void>, done: SaveState = 'saved') {
      const ticket = ++latest.current;
      setState('saving');
      save.then(
        () => latest.current === ticket && setState(done),
        () => latest.current === ticket && setState('error'),
      );
    },
    invalid() {
      latest.current++;
      setState('invalid');
    },
  };
}

export function App() {
  const loaded = useAppStore((s) => s.loaded);
  const settings = useAppStore((s) => s.settings);
  const uiLang = useAppStore((s) => s.uiLang);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const resetSettings = useAppStore((s) => s.resetSettings);
  const status = useSaveStatus();
  // Bumped on reset so that every field drops what it was showing (even a rejected entry).
  const [generation, setGeneration] = useState(0);
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(uiLang, key, values);

  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.title = translate(uiLang, 'options.title');
  }, [uiLang]);

  const save = (change: (draft: Settings) => void) => status.track(updateSettings(change));
  const saveProfile = <K extends keyof Settings['profile']>(key: K) => (value: Settings['profile'][K]) =>
    save((draft) => {
      draft.profile[key] = value;
    });

  if (!loaded) {
    return (
      <main className="options" data-testid="options" lang={uiLang} aria-busy="true">
        <p>{t('options.loading')}</p>
      </main>
    );
  }

  const { profile } = settings;
  const rules = MESSAGES[uiLang].rules;
  const severityNames = Object.fromEntries(SEVERITIES.map((s) => [s, t(`options.severity.${s}`)])) as Record<Severity, string>;
  const languageChoices = (autoLabel: string) => [
    { value: 'auto' as const, label: autoLabel },
    ...LANGS.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang], lang })),
  ];

  return (
    <main className="options" data-testid="options" lang={uiLang}>
      <header className="options-header">
        <h1>{t('options.title')}</h1>
        <OptionsSaveStatus
          state={status.state}
          text={{
            saving: t('options.status.saving'),
            saved: t('options.status.saved'),
            invalid: t('options.status.invalid'),
            error: t('options.status.error'),
            reset: t('options.status.reset'),
          }}
        />
      </header>
      <p>{t('options.intro')}</p>
      <p className="privacy" data-testid="privacy">
        {t('options.privacy')}{' '}
        <a href={PRIVACY_URL()} target="_blank" rel="noreferrer" data-testid="privacy-link">
          {t('options.privacyLink')}
        </a>
      </p>

      <div key={generation}>
        <OptionsSection heading={t('options.profile.heading')} hint={t('options.profile.hint')}>
          <div className="grid">
            <FieldText label={t('options.profile.name')} value={profile.name} maxLength={MAX_FIELD_LENGTH} autoComplete="name" onChange={saveProfile('name')} />
            <FieldText label={t('options.profile.role')} value={profile.role} maxLength={MAX_FIELD_LENGTH} onChange={saveProfile('role')} />
            <FieldText label={t('options.profile.company')} value={profile.company} maxLength={MAX_FIELD_LENGTH} onChange={saveProfile('company')} />
          </div>
          <OptionsInterviewers
            names={profile.interviewers}
            max={MAX_INTERVIEWERS}
            maxLength={MAX_FIELD_LENGTH}
            onChange={saveProfile('interviewers')}
            text={{
              label: t('options.interviewers.label'),
              hint: t('options.interviewers.hint'),
              empty: t('options.interviewers.empty'),
              name: (number) => t('options.interviewers.name', { number }),
              add: t('options.interviewers.add'),
              remove: t('options.interviewers.remove'),
              removeLabel: (number) => t('options.interviewers.removeLabel', { number }),
              full: t('options.interviewers.full', { max: MAX_INTERVIEWERS }),
            }}
          />
          <div className="grid">
            <FieldDateTime type="date" label={t('options.interview.date')} value={profile.interviewDate} onChange={saveProfile('interviewDate')} />
            <FieldDateTime type="time" label={t('options.interview.time')} value={profile.interviewTime} onChange={saveProfile('interviewTime')} />
            <FieldDateTime
              type="date"
              label={t('options.decisionDate')}
              hint={t('options.decisionDate.hint')}
              value={profile.decisionDate}
              onChange={saveProfile('decisionDate')}
            />
          </div>
          <FieldRadioGroup
            legend={t('options.interview.kind')}
            value={profile.interviewKind}
            options={INTERVIEW_KINDS.map((kind) => ({ value: kind, label: t(`options.interview.kind.${kind}`) }))}
            onChange={saveProfile('interviewKind')}
          />
        </OptionsSection>

        <OptionsSection heading={t('options.language.heading')}>
          <div className="grid">
            <FieldSelect<Lang | 'auto'>
              label={t('options.language.ui')}
              value={settings.uiLang}
              options={languageChoices(t('options.language.ui.auto'))}
              onChange={(value) => save((draft) => void (draft.uiLang = value))}
            />
            <FieldSelect<Lang | 'auto'>
              label={t('options.language.advice')}
              value={settings.adviceLang}
              options={languageChoices(t('options.language.advice.auto'))}
              onChange={(value) => save((draft) => void (draft.adviceLang = value))}
            />
          </div>
        </OptionsSection>

        <OptionsSection heading={t('options.budgets.heading')} hint={t('options.budgets.hint')}>
          <div className="grid" data-testid="budgets">
            {BUDGET_SURFACES.map((surface) => {
              const max = budgetMax(surface);
              return (
                <FieldNumber
                  key={surface}
                  label={t(`options.budgets.${surface}`)}
                  unit={t(`options.budgets.${budgetUnit(surface)}`)}
                  value={settings.budgets[surface]}
                  parse={(input) => parseBudget(input, max)}
                  invalidText={t('options.budgets.invalid', { max })}
                  onInvalid={status.invalid}
                  onChange={(value) => save((draft) => void (draft.budgets[surface] = value))}
                />
              );
            })}
          </div>
        </OptionsSection>

        <OptionsSection heading={t('options.rules.heading')} hint={t('options.rules.hint')}>
          <ul className="rules">
            {RULE_IDS.map((id) => (
              <OptionsRuleRow
                key={id}
                rule={id}
                name={rules[id].name}
                description={ruleSummary(uiLang, id)}
                enabled={settings.rules[id].enabled}
                severity={settings.rules[id].severity}
                severityLabel={t('options.rules.severity')}
                severityNames={severityNames}
                onEnabledChange={(enabled) => save((draft) => void (draft.rules[id].enabled = enabled))}
                onSeverityChange={(severity) => save((draft) => void (draft.rules[id].severity = severity))}
              />
            ))}
          </ul>
        </OptionsSection>

        <OptionsSection heading={t('options.sites.heading')} hint={t('options.sites.hint')}>
          <div className="sites">
            {SITES.map((site) => (
              <FieldCheckbox
                key={site}
                data-testid="site"
                data-site={site}
                label={t(`options.site.${site}`)}
                checked={settings.sites[site]}
                onChange={(on) => save((draft) => void (draft.sites[site] = on))}
              />
            ))}
          </div>
        </OptionsSection>
      </div>

      <footer className="options-footer">
        <OptionsReset
          text={{
            button: t('options.reset.button'),
            question: t('options.reset.question'),
            confirm: t('options.reset.confirm'),
            cancel: t('options.reset.cancel'),
          }}
          onReset={() => {
            setGeneration((n) => n + 1);
            status.track(resetSettings(), 'reset');
          }}
        />
      </footer>
    </main>
  );
}
