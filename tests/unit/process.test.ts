import { describe, expect, it } from 'vitest';
import { followUpPlan, stepKey, type ProcessStep } from '@/lib/process';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

// Local time throughout, as the user types dates and as the popup shows them.
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

function settings(profile: Partial<Settings['profile']>): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  Object.assign(s.profile, profile);
  return s;
}

const step = <I extends ProcessStep['id']>(steps: ProcessStep[], id: I) => steps.find((s) => s.id === id) as Extract<ProcessStep, { id: I }> | undefined;

describe('followUpPlan', () => {
  it('without an interview date gives the steps without dates', () => {
    const plan = followUpPlan(DEFAULT_SETTINGS, local(2025, 3, 10));
    expect(plan.interview).toBeUndefined();
    expect(plan.steps.map((s) => s.id)).toEqual(['thank-you', 'notes', 'one-message', 'no-linkedin']);
    expect(step(plan.steps, 'thank-you')).toEqual({ id: 'thank-you' });
  });

  it('puts the thank-you within 24 hours of the interview and no later than 48', () => {
    const plan = followUpPlan(settings({ interviewDate: '2025-03-10', interviewTime: '14:30' }), local(2025, 3, 10, 16));
    expect(plan.hasTime).toBe(true);
    expect(plan.interview).toEqual(local(2025, 3, 10, 14, 30));
    const thanks = step(plan.steps, 'thank-you')!;
    expect(thanks.by).toEqual(local(2025, 3, 11, 14, 30));
    expect(thanks.latest).toEqual(local(2025, 3, 12, 14, 30));
    expect(thanks.state).toBe('due');
    expect(step(plan.steps, 'notes')?.on).toEqual(local(2025, 3, 10));
  });

  it('assumes noon when only the day is known, like the checker', () => {
    const plan = followUpPlan(settings({ interviewDate: '2025-03-10' }), local(2025, 3, 9));
    expect(plan.hasTime).toBe(false);
    expect(step(plan.steps, 'thank-you')?.by).toEqual(local(2025, 3, 11, 12));
  });

  it.each([
    [local(2025, 3, 10, 9), 'upcoming'],
    [local(2025, 3, 10, 12), 'due'],
    [local(2025, 3, 11, 12), 'due'],
    [local(2025, 3, 11, 12, 1), 'last-chance'],
    [local(2025, 3, 12, 12), 'last-chance'],
    [local(2025, 3, 12, 12, 1), 'late'],
    [local(2025, 4, 1), 'late'],
  ] as const)('at %s the thank-you is %s', (now, state) => {
    const plan = followUpPlan(settings({ interviewDate: '2025-03-10', interviewTime: '12:00' }), now);
    expect(step(plan.steps, 'thank-you')?.state).toBe(state);
  });

  it('asks for a note to each panel member only when there were several interviewers', () => {
    const one = followUpPlan(settings({ interviewers: ['Anna Berg'] }), local(2025, 3, 10));
    expect(step(one.steps, 'panel-notes')).toBeUndefined();
    const panel = followUpPlan(settings({ interviewers: ['Anna Berg', 'Bo Holm', 'Cecilie Dahl'] }), local(2025, 3, 10));
    expect(step(panel.steps, 'panel-notes')?.names).toEqual(['Anna Berg', 'Bo Holm', 'Cecilie Dahl']);
  });

  it('plans the status e-mail for after the decision date, only when one is set', () => {
    expect(step(followUpPlan(settings({ interviewDate: '2025-03-10' }), local(2025, 3, 10)).steps, 'status-email')).toBeUndefined();
    const s = settings({ interviewDate: '2025-03-10', decisionDate: '2025-03-21' });
    const waiting = step(followUpPlan(s, local(2025, 3, 21, 23, 59)).steps, 'status-email');
    expect(waiting).toEqual({ id: 'status-email', from: local(2025, 3, 22), state: 'waiting' });
    expect(step(followUpPlan(s, local(2025, 3, 22, 0, 0)).steps, 'status-email')?.state).toBe('due');
  });

  it('crosses month ends in local days', () => {
    const s = settings({ interviewDate: '2025-01-31', decisionDate: '2025-02-28' });
    expect(step(followUpPlan(s, local(2025, 2, 1)).steps, 'status-email')?.from).toEqual(local(2025, 3, 1));
  });

  it('keeps the steps in the order to do them', () => {
    const s = settings({ interviewDate: '2025-03-10', decisionDate: '2025-03-21', interviewers: ['A', 'B'] });
    expect(followUpPlan(s, local(2025, 3, 10)).steps.map((x) => x.id)).toEqual([
      'thank-you',
      'notes',
      'panel-notes',
      'status-email',
      'one-message',
      'no-linkedin',
    ]);
  });
});

describe('stepKey', () => {
  it('ties ticks to the interview date, so a new interview starts with an empty checklist', () => {
    expect(stepKey(DEFAULT_SETTINGS, 'notes')).toBe('notes');
    expect(stepKey(settings({ interviewDate: '2025-03-10' }), 'notes')).toBe('2025-03-10/notes');
    expect(stepKey(settings({ interviewDate: '2025-04-02' }), 'notes')).not.toBe(stepKey(settings({ interviewDate: '2025-03-10' }), 'notes'));
  });
});
