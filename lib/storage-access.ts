/**
 * Keeping the settings (name, company, interviewers, interview date) away from content scripts.
 *
 * What browsers allow (Chromium's storage_api.cc and MDN): `StorageArea.setAccessLevel({ accessLevel:
 * 'TRUSTED_CONTEXTS' })` exists since Chrome 102, but Chromium accepts it only on
 * storage.session — on local, sync and managed it answers "This StorageArea is not available for
 * setting access level" (storage_api.cc, crbug.com/40949182 open). Firefox has it on
 * storage.session only (MDN; bug 1724754 open). storage.session is memory only, emptied when the
 * browser closes, so settings cannot move there without being lost on every restart.
 *
 * So: the content script never reads storage (it asks the background for the two settings it
 * uses, `contentSettings`), and the background asks for storage.local to be closed to content
 * scripts on every start. Today every browser refuses; the day one accepts, a script in a web
 * page can no longer read the settings either, with no other change.
 */

export type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
interface Area {
  setAccessLevel?(options: { accessLevel: AccessLevel }): Promise<void>;
}

/** The areas that hold settings and checklist ticks. */
export const SETTINGS_AREAS = ['local'] as const;

/** Asks each settings area to be open to the extension's own pages only; returns the areas that were closed. */
export async function closeSettingsToContentScripts(storage: Partial<Record<(typeof SETTINGS_AREAS)[number], Area>>): Promise<string[]> {
  const closed: string[] = [];
  for (const name of SETTINGS_AREAS) {
    const area = storage[name];
    if (typeof area?.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      closed.push(name);
    } catch {
      // Refused (every browser today, see above): the content script still reads nothing from storage.
    }
  }
  return closed;
}
