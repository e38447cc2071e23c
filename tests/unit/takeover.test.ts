/** After an install or update, the content script is started in the site tabs already open. */
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '@/lib/sites';
import { claimFrame, extensionAlive, startInOpenTabs, type TabsAndScripting } from '@/lib/takeover';

function fakeApi(tabs: { id?: number; discarded?: boolean }[], failOn: number[] = []) {
  const queried: string[][] = [];
  const injected: number[] = [];
  const api: TabsAndScripting = {
    tabs: {
      async query(q) {
        queried.push(q.url);
        return tabs;
      },
    },
    scripting: {
      async executeScript(o) {
        if (failOn.includes(o.target.tabId)) throw new Error('Cannot access contents of the page');
        expect(o.files).toEqual(['/content-scripts/compose.js']);
        injected.push(o.target.tabId);
      },
    },
  };
  return { api, queried, injected };
}

describe('startInOpenTabs', () => {
  it('asks only for tabs on the three sites and starts the script in each live one', async () => {
    const { api, queried, injected } = fakeApi([{ id: 1 }, { id: 2, discarded: true }, {}, { id: 3 }], [3]);
    expect(await startInOpenTabs(api)).toBe(1);
    expect(queried).toEqual([SITE_MATCHES]);
    expect(injected).toEqual([1]);
  });

  it('does nothing when the tabs cannot be listed', async () => {
    const api = { tabs: { query: () => Promise.reject(new Error('no')) }, scripting: { executeScript: () => Promise.resolve() } } as TabsAndScripting;
    expect(await startInOpenTabs(api)).toBe(0);
  });
});

describe('claimFrame', () => {
  it('tells the copy that ran before to step aside, once, and only that copy', () => {
    const scope = {};
    const stepped: string[] = [];
    claimFrame(() => stepped.push('old'), scope);
    expect(stepped).toEqual([]);
    claimFrame(() => stepped.push('new'), scope);
    expect(stepped).toEqual(['old']);
    claimFrame(() => stepped.push('newer'), scope);
    expect(stepped).toEqual(['old', 'new']);
  });

  it('a copy that gives its claim up is not called again, and does not drop a newer claim', () => {
    const scope = {};
    const stepped: string[] = [];
    const release = claimFrame(() => stepped.push('a'), scope);
    release();
    claimFrame(() => stepped.push('b'), scope);
    expect(stepped).toEqual([]);
    release(); // a's claim is long gone: b keeps its own
    claimFrame(() => stepped.push('c'), scope);
    expect(stepped).toEqual(['b']);
  });

  it('goes on when the old copy throws on its way out', () => {
    const scope = {};
    claimFrame(() => {
      throw new Error('gone');
    }, scope);
    expect(() => claimFrame(() => {}, scope)).not.toThrow();
  });
});

describe('extensionAlive', () => {
  it('is true only while the runtime has an id', () => {
    expect(extensionAlive({ id: 'abcdefghijklmnop' })).toBe(true);
    expect(extensionAlive({ id: undefined })).toBe(false);
    expect(extensionAlive({})).toBe(false);
    expect(extensionAlive(undefined)).toBe(false);
  });
});
