import type { SourceId } from '../sources';

/** The interface words the in-page UI shows, in the user's language, read when a session starts (lib/compose/watch.ts). */
export interface UiWords {
  badge(count: number): string;
  badgeNone: string;
  badgeNotFollowUp: string;
  suggestion: string;
  openPanel: string;
  close: string;
  notFollowUp: string;
  checkAnyway: string;
  more(count: number): string;
  limit(checked: number, total: number): string;
  capped(shown: number, total: number): string;
  /** The card's accessible name. */
  cardLabel: string;
  /** "Turn this check off" under a finding; "Pause on this site" for the card. */
  ruleOff: string;
  pauseSite: string;
  /** The line naming an advice's source articles ('' for none). */
  sources(ids: readonly SourceId[]): string;
}
