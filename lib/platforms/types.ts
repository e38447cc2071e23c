/**
 * A site adapter finds the compose boxes of one site and says what they are. It reads the
 * page and never changes it; a page that is not what the adapter expects is left alone
 * (describe returns null).
 */
import type { Platform, Surface } from '../checker/types';

/** Who can read a post or comment, from the site's audience selector. */
export type Audience = 'public' | 'friends' | 'only-me' | 'unknown';

export interface ComposeTarget {
  /** The editable element: a contenteditable root, or a textarea. Never changed by the extension. */
  editor: HTMLElement;
  platform: Platform;
  surface: Surface;
  /**
   * The badge host `<followup-lint-ui>` is inserted right after this element. It must not be the
   * editor or anything inside it, and should be the compose box's own container, so the badge
   * goes away with the box.
   */
  anchor: Element;
  /** True for nodes inside the editor that are not the user's new words (quoted thread, signature). */
  isExcluded?(node: Node): boolean;
  /** The subject line, where the form has one. */
  subject?(): string | undefined;
  /** Names or addresses visible in the form's recipient fields. */
  recipients?(): string[];
  /** For posts and comments: the audience selector's current choice. Unclear counts as public. */
  audience?(): Audience;
}

export interface SiteAdapter {
  id: Exclude<Platform, 'other'>;
  /** Host names the adapter serves. */
  hosts: readonly string[];
  /**
   * Called with the composed path of a focus event (innermost first, through open shadow
   * roots). Returns the compose box the focus went into, or null to leave the element alone.
   */
  describe(path: readonly EventTarget[]): ComposeTarget | null;
}
