/**
 * The content script runs in web pages, where a compromised renderer can act as it: it must not
 * carry the code that reads the settings (name, company, interviewers, dates) from storage.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

describe('content script bundle', () => {
  it('does not include the settings storage or any storage library', async () => {
    const result = await build({
      entryPoints: [join(root, 'entrypoints/compose.content/index.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      alias: { '@': root },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('lib/messaging.ts');
    expect(inputs.filter((file) => file === 'lib/settings.ts' || file.includes('@wxt-dev/storage'))).toEqual([]);
    const code = result.outputFiles[0].text;
    expect(code).not.toMatch(/storage\.(local|sync|session)/);
  });
});
