/**
 * Build-time loading of the phrase data: the YAML sources become three virtual modules,
 * compiled by ./compile.ts. The Vite plugin serves `wxt build`, `wxt dev` and vitest; the esbuild
 * plugin serves the CLI bundle and the scripts (scripts/node-run.ts). Both read the files on
 * every build, so an edited YAML file takes effect in the next test run or build.
 *
 * - `virtual:followup-lint/phrases`: `phrases[lang][owner]` ({ sets, lists }; owner is a rule id
 *   or "language"), `markers[lang]`, `abbreviations[lang]`;
 * - `virtual:followup-lint/messages`: `messages[lang]` ({ surfaces, rules: { id: { name, messages, advice, suggestion } } });
 * - `virtual:followup-lint/examples`: every list's examples, for the meta test only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
import { compileLanguageYaml, compileRuleYaml, type ListExamples } from './compile';

export const VIRTUAL_PHRASES = 'virtual:followup-lint/phrases';
export const VIRTUAL_MESSAGES = 'virtual:followup-lint/messages';
export const VIRTUAL_EXAMPLES = 'virtual:followup-lint/examples';
const VIRTUAL = [VIRTUAL_PHRASES, VIRTUAL_MESSAGES, VIRTUAL_EXAMPLES];

/** Every YAML source of the phrase data, relative to the project root. */
export function phraseDataFiles(root: string): string[] {
  const out: string[] = [];
  const rules = join(root, 'lib/checker/rules');
  for (const id of readdirSync(rules, { withFileTypes: true })) {
    if (!id.isDirectory()) continue;
    for (const f of readdirSync(join(rules, id.name))) if (f.endsWith('.yaml')) out.push(`lib/checker/rules/${id.name}/${f}`);
  }
  const languages = join(root, 'lib/checker/languages');
  if (existsSync(languages)) for (const f of readdirSync(languages)) if (f.endsWith('.yaml')) out.push(`lib/checker/languages/${f}`);
  return out.sort();
}

export interface ExampleSet extends ListExamples {
  file: string;
  lang: string;
  owner: string;
  list: string;
}

/** The source of one virtual module, from the YAML files under root. */
export function virtualModule(id: string, root: string): string {
  const phrases: Record<string, Record<string, unknown>> = {};
  const markers: Record<string, string[]> = {};
  const abbreviations: Record<string, string[]> = {};
  const messages: Record<string, { surfaces: Record<string, string>; rules: Record<string, unknown> }> = {};
  const examples: ExampleSet[] = [];
  for (const file of phraseDataFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    const lang = file.replace(/^.*\/([a-z]+)\.yaml$/u, '$1');
    messages[lang] ??= { surfaces: {}, rules: {} };
    phrases[lang] ??= {};
    const language = /^lib\/checker\/languages\//u.test(file);
    const owner = language ? 'language' : file.split('/')[3];
    if (language) {
      const c = compileLanguageYaml(text, file);
      messages[lang].surfaces = c.surfaces;
      markers[lang] = c.markers;
      abbreviations[lang] = c.abbreviations;
      phrases[lang][owner] = c.data;
      for (const [list, ex] of Object.entries(c.examples)) examples.push({ file, lang, owner, list, ...ex });
    } else {
      const c = compileRuleYaml(text, file);
      messages[lang].rules[owner] = c.messages;
      if (Object.keys(c.data.lists).length || Object.keys(c.data.sets).length) phrases[lang][owner] = c.data;
      for (const [list, ex] of Object.entries(c.examples)) examples.push({ file, lang, owner, list, ...ex });
    }
  }
  const json = (v: unknown) => JSON.stringify(v);
  if (id === VIRTUAL_PHRASES) return `export const phrases = ${json(phrases)};\nexport const markers = ${json(markers)};\nexport const abbreviations = ${json(abbreviations)};\n`;
  if (id === VIRTUAL_MESSAGES) return `export const messages = ${json(messages)};\n`;
  return `export const examples = ${json(examples)};\n`;
}

/** For `wxt build`/`wxt dev` (wxt.config.ts) and vitest (vitest.config.ts). */
export function phraseDataVite(root: string = process.cwd()): VitePlugin {
  return {
    name: 'followup-lint-phrase-data',
    resolveId: (id) => (VIRTUAL.includes(id) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith('\0virtual:followup-lint/')) return null;
      for (const file of phraseDataFiles(root)) this.addWatchFile(join(root, file));
      return virtualModule(id.slice(1), root);
    },
  };
}

/** For the CLI bundle and the scripts run under Node (scripts/node-run.ts, scripts/build-cli.ts). */
export function phraseDataEsbuild(root: string = process.cwd()): EsbuildPlugin {
  return {
    name: 'followup-lint-phrase-data',
    setup(build) {
      build.onResolve({ filter: /^virtual:followup-lint\// }, (args) => ({ path: args.path, namespace: 'followup-lint-data' }));
      build.onLoad({ filter: /.*/, namespace: 'followup-lint-data' }, (args) => ({
        contents: virtualModule(args.path, root),
        loader: 'js',
        watchFiles: phraseDataFiles(root).map((f) => join(root, f)),
      }));
    },
  };
}
