/**
 * The built extension asks for the least it can and ships no remote or dynamic code: both
 * manifests hold only the permissions the features use and host access to the three sites,
 * the default content security policy is kept, no script uses eval, no extension page has
 * inline script, the Firefox build passes web-ext lint, and the store archives are made.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const OUT = join(ROOT, '.output');
const BUILDS = { chrome: join(OUT, 'chrome-mv3'), firefox: join(OUT, 'firefox-mv2') };
const SITES = ['https://mail.google.com/*', 'https://www.linkedin.com/*', 'https://www.facebook.com/*', 'https://www.messenger.com/*', 'https://messenger.com/*'];
/** Every permission the extension may hold, and why. */
const ALLOWED_PERMISSIONS: Record<keyof typeof BUILDS, string[]> = {
  // storage: settings and ticks; scripting: start the content script in tabs open at install or update; sidePanel: the side panel
  chrome: ['storage', 'scripting', 'sidePanel'],
  firefox: ['storage', 'scripting'], // Firefox shows the side panel page as a sidebar, no permission needed
};

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  run('npx', ['wxt', 'build']);
  run('npx', ['wxt', 'build', '-b', 'firefox']);
});

describe.each(Object.entries(BUILDS) as [keyof typeof BUILDS, string][])('%s build', (browser, dir) => {
  const manifest = () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('asks only for the permissions its features use', () => {
    const m = manifest();
    // Firefox (MV2) lists host access among the permissions; Chrome (MV3) separately.
    const hosts = browser === 'firefox' ? (m.permissions as string[]).filter((p) => p.includes('://')) : m.host_permissions;
    const named = (m.permissions as string[]).filter((p) => !p.includes('://'));
    expect([...named].sort()).toEqual([...ALLOWED_PERMISSIONS[browser]].sort());
    expect([...hosts].sort()).toEqual([...SITES].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    const all = JSON.stringify(m);
    for (const forbidden of ['<all_urls>', '"tabs"', 'webRequest', 'externally_connectable', 'http://*/*', 'https://*/*']) {
      expect(all, forbidden).not.toContain(forbidden);
    }
  });

  it('reads pages only on the three sites', () => {
    const matches = manifest().content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect([...matches].sort()).toEqual([...SITES].sort());
    expect(manifest().web_accessible_resources ?? []).toEqual([]);
  });

  it('keeps the default content security policy', () => {
    expect(manifest().content_security_policy).toBeUndefined();
  });

  it('ships no eval, no new Function and no inline script', () => {
    for (const file of files(dir)) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.js')) {
        expect(/\beval\s*\(|new Function\s*\(/.test(text), file).toBe(false);
      }
      if (file.endsWith('.html')) {
        const inline = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs) || body.trim());
        expect(inline, file).toEqual([]);
        expect(/\son[a-z]+=/i.test(text), `${file}: inline event handler`).toBe(false);
      }
    }
  });
});

describe('release', () => {
  it('the Firefox build passes web-ext lint with no errors', () => {
    let out: string;
    try {
      out = run('npx', ['web-ext', 'lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-config-discovery']);
    } catch (e) {
      out = (e as { stdout: string }).stdout; // web-ext exits non-zero on errors; the JSON says which
    }
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
  });

  it('npm run zip and zip:firefox make store archives', () => {
    run('npm', ['run', 'zip']);
    run('npm', ['run', 'zip:firefox']);
    const zips = readdirSync(OUT).filter((f) => f.endsWith('.zip'));
    expect(zips.some((f) => f.includes('chrome'))).toBe(true);
    expect(zips.some((f) => f.includes('firefox'))).toBe(true);
    expect(existsSync(join(OUT, zips[0]))).toBe(true);
  });
});
