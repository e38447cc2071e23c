/**
 * Length budgets on the options page: which unit each surface counts in, the largest value
 * the settings accept, and reading what the user typed.
 */
import type { Budgets } from '@/lib/checker/types';

export type BudgetSurface = keyof Budgets;

/** Surfaces in the order the page lists them. */
export const BUDGET_SURFACES: readonly BudgetSurface[] = ['email', 'message', 'post', 'comment', 'connection-note'];

/** Words, except the LinkedIn connection note, which counts characters. */
export function budgetUnit(surface: BudgetSurface): 'words' | 'characters' {
  return surface === 'connection-note' ? 'characters' : 'words';
}

/** The largest budget the settings keep (LinkedIn allows 300 characters in a connection note). */
export function budgetMax(surface: BudgetSurface): number {
  return surface === 'connection-note' ? 300 : 5000;
}

/** A whole number from 1 to max, or null for anything else (empty, 0, "12a", "1.5", too large). */
export function parseBudget(input: string, max: number): number | null {
  const text = input.trim();
  if (!/^\d{1,7}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= max ? value : null;
}
