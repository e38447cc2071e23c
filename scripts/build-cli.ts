/**
 * Bundles the command-line tool (cli/main.ts and the checker) into dist-cli/main.mjs with the
 * phrase data compiled in; run at install (postinstall) and again by bin/followup-lint.mjs
 * whenever a source file is newer than the bundle. dist-cli/ is git-ignored.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { phraseDataEsbuild } from '../lib/checker/data/plugins';

export const CLI_BUNDLE = 'dist-cli/main.mjs';

export async function buildCli(root: string): Promise<void> {
  await build({
    entryPoints: [join(root, 'cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: join(root, CLI_BUNDLE),
    plugins: [phraseDataEsbuild(root)],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli(join(import.meta.dirname, '..'));
