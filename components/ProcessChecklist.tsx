import type { Lang } from '@/lib/checker/types';
import { translate, type UiKey } from '@/lib/i18n/index';
import type { FollowUpPlan, ProcessStep, ProcessStepId } from '@/lib/process';

interface Props {
  plan: FollowUpPlan;
  uiLang: Lang;
  ticked(id: ProcessStepId): boolean;
  onTick(id: ProcessStepId, done: boolean): void;
  /** Opens the settings, where the interview date is entered. */
  onOpenOptions(): void;
}

const TITLES: Record<ProcessStepId, UiKey> = {
  'thank-you': 'popup.step.thankYou',
  notes: 'popup.step.notes',
  'panel-notes': 'popup.step.panelNotes',
  'status-email': 'popup.step.statusEmail',
  'one-message': 'popup.step.oneMessage',
  'no-linkedin': 'popup.step.noLinkedin',
};

/** A day (and the time of day when it is known) in the interface language. */
export function formatDay(date: Date, lang: Lang, withTime: boolean): string {
  return new Intl.DateTimeFormat(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
  }).format(date);
}

/** The lines under a step's title: its dates, whom it goes to, what to do when it is late. */
function stepDetails(step: ProcessStep, plan: FollowUpPlan, lang: Lang): string[] {
  const day = (date: Date, withTime = plan.hasTime) => formatDay(date, lang, withTime);
  switch (step.id) {
    case 'thank-you': {
      if (!step.by || !step.latest) return [];
      const lines = [translate(lang, 'popup.step.thankYou.dates', { by: day(step.by), latest: day(step.latest) })];
      if (step.state === 'last-chance') lines.push(translate(lang, 'popup.step.thankYou.lastChance'));
      if (step.state === 'late') lines.push(translate(lang, 'popup.step.thankYou.late'));
      return lines;
    }
    case 'notes':
      return plan.interview ? [translate(lang, 'popup.step.notes.date', { date: day(plan.interview) })] : [];
    case 'panel-notes':
      return [translate(lang, 'popup.step.panelNotes.names', { names: new Intl.ListFormat(lang, { type: 'conjunction' }).format(step.names) })];
    case 'status-email':
      return [translate(lang, 'popup.step.statusEmail.detail', { date: day(step.from, false) })];
    default:
      return [];
  }
}

/** The follow-up process as a checklist the user ticks off; the ticks are kept between visits. */
export function ProcessChecklist({ plan, uiLang, ticked, onTick, onOpenOptions }: Props) {
  return (
    <div className="process">
      {!plan.interview && (
        <p className="notice" data-testid="no-interview-date">
          {translate(uiLang, 'popup.noInterviewDate')}{' '}
          <button type="button" className="link" onClick={onOpenOptions}>
            {translate(uiLang, 'popup.addInterviewDate')}
          </button>
        </p>
      )}
      <ul className="steps">
        {plan.steps.map((step) => {
          const inputId = `step-${step.id}`;
          const details = stepDetails(step, plan, uiLang);
          const done = ticked(step.id);
          const state = step.id === 'thank-you' || step.id === 'status-email' ? step.state : undefined;
          return (
            <li key={step.id} className="step" data-testid="step" data-step={step.id} data-done={done} data-state={state}>
              <input
                type="checkbox"
                id={inputId}
                checked={done}
                onChange={(event) => onTick(step.id, event.currentTarget.checked)}
                aria-describedby={details.length > 0 ? `${inputId}-details` : undefined}
              />
              <div className="step-text">
                <label htmlFor={inputId}>{translate(uiLang, TITLES[step.id])}</label>
                {details.length > 0 && (
                  <div id={`${inputId}-details`} className="step-details">
                    {details.map((line) => (
                      <p key={line}>{line}</p>
                    ))}
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
