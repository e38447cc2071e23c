/**
 * After an install or an update, tabs already open on the sites still run the old content
 * script (which steps aside as soon as a new one starts) or none at all: start the new one there
 * so checking goes on without a reload. This is what the `scripting` permission is for.
 *
 * How the old copy learns it must step aside, by signals the page cannot forge:
 * - the same extension's content scripts share one isolated world per frame, whose globals the
 *   page cannot reach: a new copy claims the frame there (`claimFrame`) and the previous claimant
 *   steps aside;
 * - a copy whose extension was updated or removed loses its runtime id (`browser.runtime.id`
 *   becomes undefined): it steps aside when it sees that.
 * WXT's "content script started" event in the document is no such signal: a page can dispatch it.
 */
import { CONTENT_SCRIPT_FILE, SITE_MATCHES } from './sites';

export interface TabsAndScripting {
  tabs: { query(q: { url: string[] }): Promise<{ id?: number; discarded?: boolean }[]> };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

/** Returns how many tabs got the content script. */
export async function startInOpenTabs(api: TabsAndScripting): Promise<number> {
  const tabs = await api.tabs.query({ url: SITE_MATCHES }).catch(() => []);
  let started = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
      started++;
    } catch {
      // a tab that is loading, crashed or not ours after all: it gets the script on its next load
    }
  }
  return started;
}

/** Where the current copy's "step aside" function is kept: a global of the isolated world. */
const CLAIM = Symbol.for('followup-lint:content-script');

type Scope = Record<symbol, unknown>;

/**
 * Makes the calling copy of the content script the one that runs in this frame: the copy that
 * claimed it before is told to step aside (its `stepAside` runs once). Returns a function that
 * gives the claim up (when this copy steps aside by itself).
 */
export function claimFrame(stepAside: () => void, scope: Scope = globalThis as unknown as Scope): () => void {
  const previous = scope[CLAIM];
  scope[CLAIM] = stepAside;
  if (typeof previous === 'function' && previous !== stepAside) {
    try {
      previous();
    } catch {
      // the old copy failed on its way out: the new one runs all the same
    }
  }
  return () => {
    if (scope[CLAIM] === stepAside) delete scope[CLAIM];
  };
}

/** True while this copy's extension is installed and enabled (its runtime id is still there). */
export function extensionAlive(runtime: { id?: string } | undefined): boolean {
  return typeof runtime?.id === 'string' && runtime.id.length > 0;
}
