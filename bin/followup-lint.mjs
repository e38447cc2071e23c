#!/usr/bin/env node
// The command-line tool: runs dist-cli/main.mjs, the bundle `npm ci` builds (scripts/build-cli.ts).
// In a checkout, a source newer than the bundle rebuilds it first, so an edit takes effect at once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli/main.mjs');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const sources = ['lib', 'cli'].map((d) => join(root, d)).filter(existsSync);
if (!existsSync(bundle) || (sources.length && Math.max(...sources.map(newest)) > statSync(bundle).mtimeMs)) {
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  const { buildCli } = await import('../scripts/build-cli.ts');
  await buildCli(root);
  await unregister();
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
