/**
 * Runs a TypeScript script under Node with the phrase data compiled in (the checker imports it
 * from a virtual module that only the build plugins provide): bundles the script with esbuild
 * into node_modules/.cache/followup-lint/ and imports it. `tsx scripts/node-run.ts FILE [ARGS…]`.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { phraseDataEsbuild } from '../lib/checker/data/plugins';

const root = join(import.meta.dirname, '..');
const target = resolve(process.argv[2] ?? '');
const outdir = join(root, 'node_modules/.cache/followup-lint');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(target).replace(/\.tsx?$/u, '')}.mjs`);
await build({
  entryPoints: [target],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  plugins: [phraseDataEsbuild(root)],
  tsconfig: join(root, 'tsconfig.json'),
  // The script still sees itself where it is written.
  define: { 'import.meta.dirname': JSON.stringify(dirname(target)), 'import.meta.url': JSON.stringify(pathToFileURL(target).href) },
  logLevel: 'warning',
});
process.argv.splice(1, 2, target);
await import(pathToFileURL(outfile).href);
