/** The checker's public contract (shared/spec/checker.md). Ids and shapes here are relied on from outside. */

export const LANGS = ['en', 'de', 'da', 'nb', 'sv'] as const;
export type Lang = (typeof LANGS)[number];

export const PLATFORMS = ['gmail', 'linkedin', 'facebook', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const SURFACES = ['email', 'message', 'post', 'comment', 'connection-note', 'unknown'] as const;
export type Surface = (typeof SURFACES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_IDS = [
  'public-post',
  'humble-brag',
  'missing-thanks',
  'missing-interview-reference',
  'too-long',
  'repetition',
  'informal-tone',
  'generic-greeting',
  'missing-closing',
  'overselling',
  'pushy-tone',
  'confusable-words',
  'late-follow-up',
  'connection-request',
  'missing-interest',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Each rule's default severity (shared/spec/checker.md); a rule's meta must agree (meta test). */
export const DEFAULT_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'public-post': 'error',
  'humble-brag': 'warning',
  'missing-thanks': 'error',
  'missing-interview-reference': 'warning',
  'too-long': 'warning',
  repetition: 'warning',
  'informal-tone': 'warning',
  'generic-greeting': 'warning',
  'missing-closing': 'info',
  overselling: 'warning',
  'pushy-tone': 'warning',
  'confusable-words': 'warning',
  'late-follow-up': 'warning',
  'connection-request': 'warning',
  'missing-interest': 'info',
};

export interface Draft {
  /** The user's own words; adapters leave out quoted thread and signature where the site marks them. */
  text: string;
  platform: Platform;
  surface: Surface;
  subject?: string;
  /** Names or addresses visible in the compose form. */
  recipients?: string[];
  /** ISO 8601. */
  interviewDate?: string;
  /** ISO 8601; defaults to the clock. */
  now?: string;
  lang?: Lang | 'auto';
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Half-open UTF-16 offsets into Draft.text. */
  start: number;
  end: number;
  message: string;
  advice: string;
  suggestion?: string;
}

/** A word or phrase of the draft that weighed in the follow-up decision. */
export interface FollowUpCue {
  /** The draft's words that carry the cue (or the setting's name). */
  text: string;
  /** What it added to the decision: positive for a follow-up, negative against. */
  weight: number;
  start: number;
  end: number;
}

export interface Report {
  language: Lang | 'und';
  applicable: boolean;
  findings: Finding[];
  stats: { words: number; sentences: number };
  /**
   * Why the draft was judged a follow-up or not: the model's score (0 to 1; 0.5 and up is a
   * follow-up, 1 when a name from the settings decided) and up to three cues that weighed most
   * for that decision, with their weight (positive for, negative against) and span in Draft.text.
   */
  followUp?: { score: number; cues: FollowUpCue[] };
  /** Present only when the draft was longer than the checker reads: how much of it was checked. */
  limit?: { checkedChars: number; totalChars: number };
  /**
   * Present only when the draft had more findings than a report carries (at most 50 of one rule
   * and 200 in all; MAX_FINDINGS_PER_RULE and MAX_FINDINGS_PER_REPORT in check.ts): `findings`
   * holds `shown` of the `total` found, and `rules` are the rules some of whose findings were
   * left out. A rule keeps its first findings by position, and every rule that fired keeps at
   * least one, so a whole-draft finding is never left out.
   */
  capped?: { shown: number; total: number; rules: RuleId[] };
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

/** Length budgets: words for e-mails, messages, posts and comments; characters for connection notes. */
export type Budgets = Record<Exclude<Surface, 'unknown'>, number>;

export interface CheckSettings {
  rules?: Partial<Record<RuleId, RuleSetting>>;
  budgets?: Partial<Budgets>;
  /** Language of messages and advice: 'auto' follows the draft. */
  adviceLang?: Lang | 'auto';
  /** Used when a draft is too short to tell its language. */
  preferredLang?: Lang;
  /** Check the draft even when it does not look like a follow-up. */
  force?: boolean;
  profile?: {
    name?: string;
    company?: string;
    role?: string;
    interviewers?: string[];
  };
}

export const DEFAULT_BUDGETS: Budgets = {
  email: 250,
  message: 150,
  post: 100,
  comment: 100,
  'connection-note': 300,
};
