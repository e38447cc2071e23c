/** The background asks for the settings' storage area to be closed to content scripts, and copes with every browser's answer. */
import { describe, expect, it, vi } from 'vitest';
import { closeSettingsToContentScripts } from '@/lib/storage-access';

describe('closeSettingsToContentScripts', () => {
  it('asks storage.local for trusted contexts only, and says so when the browser agrees', async () => {
    const setAccessLevel = vi.fn(async () => {});
    expect(await closeSettingsToContentScripts({ local: { setAccessLevel } })).toEqual(['local']);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('goes on when Chrome refuses it for storage.local', async () => {
    const setAccessLevel = vi.fn(() => Promise.reject(new Error('This StorageArea is not available for setting access level')));
    expect(await closeSettingsToContentScripts({ local: { setAccessLevel } })).toEqual([]);
    expect(setAccessLevel).toHaveBeenCalledOnce();
  });

  it('goes on where the method does not exist (Firefox’s storage.local)', async () => {
    expect(await closeSettingsToContentScripts({ local: {} })).toEqual([]);
    expect(await closeSettingsToContentScripts({})).toEqual([]);
  });
});
