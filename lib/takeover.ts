/**
 * After an install or an update, tabs already open on the sites still run the old content
 * script (which steps aside as soon as a new one starts) or none at all: start the new one there
 * so checking goes on without a reload. This is what the `scripting` permission is for.
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
