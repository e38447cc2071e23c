/**
 * The follow-up process after a job interview, as the source articles lay it out
 * (shared/seeds 000, 002, 003): thank within 24 hours and no later than 48, take notes, a separate
 * note to each panel member, a status e-mail once the promised decision date has passed, only one
 * message without an answer (then phone), and no LinkedIn invitation while the process is open.
 *
 * Pure: the dates come from the user's settings and the clock comes in as `now`, so the popup
 * and the tests get the same answers. Dates are local time, like the dates the user typed.
 */
import { interviewDateTime, type Settings } from './settings';

export const PROCESS_STEP_IDS = ['thank-you', 'notes', 'panel-notes', 'status-email', 'one-message', 'no-linkedin'] as const;
export type ProcessStepId = (typeof PROCESS_STEP_IDS)[number];

const HOUR = 60 * 60 * 1000;

/** Where the thank-you stands: before the interview, within 24 hours, between 24 and 48, or later. */
export type ThankYouState = 'upcoming' | 'due' | 'last-chance' | 'late';

export type ProcessStep =
  | { id: 'thank-you'; /** Within 24 hours of the interview. */ by?: Date; /** No later than 48 hours. */ latest?: Date; state?: ThankYouState }
  | { id: 'notes'; /** The interview's day. */ on?: Date }
  | { id: 'panel-notes'; names: string[] }
  | { id: 'status-email'; /** The day after the promised decision date. */ from: Date; state: 'waiting' | 'due' }
  | { id: 'one-message' }
  | { id: 'no-linkedin' };

export interface FollowUpPlan {
  /** The interview's start, when a date is set (noon when no time is set, as the checker assumes). */
  interview?: Date;
  /** False when only the day is known: show dates without a time of day. */
  hasTime: boolean;
  /** The steps that apply, in the order to do them. */
  steps: ProcessStep[];
}

/** A YYYY-MM-DD day at local midnight, moved by `days`; undefined when the text is not a date. */
function localDay(isoDay: string, days = 0): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The follow-up steps for the interview in the settings, with their dates as seen at `now`. */
export function followUpPlan(settings: Settings, now: Date): FollowUpPlan {
  const { profile } = settings;
  const iso = interviewDateTime(settings);
  const interview = iso ? new Date(iso) : undefined;
  const steps: ProcessStep[] = [];

  if (interview) {
    const by = new Date(interview.getTime() + 24 * HOUR);
    const latest = new Date(interview.getTime() + 48 * HOUR);
    const t = now.getTime();
    const state: ThankYouState = t < interview.getTime() ? 'upcoming' : t <= by.getTime() ? 'due' : t <= latest.getTime() ? 'last-chance' : 'late';
    steps.push({ id: 'thank-you', by, latest, state });
    steps.push({ id: 'notes', on: localDay(profile.interviewDate) });
  } else {
    steps.push({ id: 'thank-you' }, { id: 'notes' });
  }

  if (profile.interviewers.length > 1) steps.push({ id: 'panel-notes', names: [...profile.interviewers] });

  const from = profile.decisionDate ? localDay(profile.decisionDate, 1) : undefined;
  if (from) steps.push({ id: 'status-email', from, state: now.getTime() >= from.getTime() ? 'due' : 'waiting' });

  steps.push({ id: 'one-message' }, { id: 'no-linkedin' });
  return { interview, hasTime: Boolean(interview && profile.interviewTime), steps };
}

/**
 * The key a step's tick is stored under. Ticks belong to one interview: when the user enters a
 * new interview date, the checklist starts empty again instead of showing the last one's ticks.
 */
export function stepKey(settings: Settings, id: ProcessStepId): string {
  const day = settings.profile.interviewDate;
  return day ? `${day}/${id}` : id;
}
