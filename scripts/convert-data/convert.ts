/**
 * One-off, re-runnable: converts the regex-source JSON phrase data (lib/checker/data/<lang>/*.json)
 * and the messages (lib/checker/messages/<lang>.json) into the YAML sources next to each rule
 * (lib/checker/rules/<id>/<lang>.yaml) and per language (lib/checker/languages/<lang>.yaml).
 * Common raw-regex shapes are rewritten automatically; the rest is in ./overrides.ts, keyed by
 * the exact old entry. `npx tsx scripts/convert-data/convert.ts` — then `… check.ts` compares
 * every list old against new on every labelled draft in the repository.
 * Deleted with the JSON once main has no more JSON changes in flight.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { EXAMPLES, EXTRA_SETS, guardRewrite, OVERRIDES, type Override } from './overrides';

const ROOT = join(import.meta.dirname, '..', '..');
const LANGS = ['en', 'de', 'da', 'nb', 'sv'] as const;
const SHARED = ['applicability', 'language', 'segmentation'];

const WORDCLASS = String.raw`(?:\[[^\]]*\\p\{L\}[^\]]*\]|\\p\{L\})\+`;
const rx = (s: string) => new RegExp(s, 'gu');

/** Automatic rewrites of common raw-regex shapes into tokens. */
export function rewrite(entry: string): string {
  let e = entry;
  e = e.replace(rx(String.raw`#\[\\p\{L\}\\p\{N\}_\]\+`), '<hashtag>');
  // "([\p{L}-]+ ){0,2}" and kin: up to n words.
  e = e.replace(rx(String.raw`\(${WORDCLASS}(?:,\?)? \)\{(\d+),(\d+)\}`), '_{$1,$2} ');
  e = e.replace(rx(String.raw`\((?:,\?)? ${WORDCLASS}\)\{(\d+),(\d+)\}`), (_m, a, b) => ` _{${a},${b}}`);
  e = e.replace(rx(String.raw`\(${WORDCLASS}(?:,\?)? \)\?`), '(_ )?');
  e = e.replace(rx(String.raw`\( ${WORDCLASS}\)\?`), '( _)?');
  // "(\p{L}+-?)?mødet", "[\p{L}]+-?møtet": a compound, any beginning.
  e = e.replace(rx(String.raw`\(${WORDCLASS}-\?\)\?|${WORDCLASS}-\?(?=\p{L})`), '*');
  // A word of letters: after a letter it is "any (non-empty) ending", elsewhere one word.
  e = e.replace(rx(String.raw`(\p{L})${WORDCLASS}`), '$1*');
  e = e.replace(rx(String.raw`\[[^\]]*\\p\{L\}[^\]]*\]\{4,\}`), '_');
  e = e.replace(rx(WORDCLASS), '_');
  e = e.replace(rx(String.raw`\[0-9\\p\{L\}\]\+`), '_');
  e = e.replace(rx(String.raw`(\p{L})\\p\{L\}\*`), '$1*');
  e = e.replace(rx(String.raw`\[\\p\{L\}-\]\*`), '*');
  e = e.replace(rx(String.raw`\\p\{L\}\*`), '*');
  e = e.replace(rx(String.raw`\[\\p\{N\}\]\+|\\p\{N\}\+|\\d\+|\[0-9\]\+|\\d|\[0-9\]`), '<number>');
  e = e.replace(rx(String.raw`\[\?\]\{2,\}`), '<??>');
  e = e.replace(rx(String.raw`\[['’]+\]`), "'");
  e = e.replace(rx(String.raw`\[!\]`), '!');
  // Small classes: alternatives.
  e = e.replace(rx(String.raw`\[([^\]\\]+)\]`), (_m, chars: string) => {
    const alts = [...chars].map((c) => (/[()|?*]/u.test(c) ? `\\${c}` : c));
    return alts.length === 1 ? alts[0] : `(${alts.join('|')})`;
  });
  e = e.replace(rx(String.raw`\\\.`), '.');
  e = e.replace(rx(String.raw`(\p{L})\{1,2\}`), '$1$1?');
  return e;
}

const RAW = /\\[a-zA-Z]|\[|\]|\(\?|(?<!_)\{\d|(?<!\p{L})\+|\^|\$/u;

interface Group {
  entries: string[];
  replace?: Record<string, string>;
  unless: string[];
}

const problems: string[] = [];

function convertEntry(entry: string, where: string): Override {
  const key = `${where}|${entry}`;
  const o = OVERRIDES[key] ?? OVERRIDES[entry];
  if (o !== undefined) return o;
  const guarded = guardRewrite(entry, rewrite);
  if (guarded) return guarded;
  const out = rewrite(entry);
  if (RAW.test(out)) problems.push(`${where}: ${JSON.stringify(entry)} → ${JSON.stringify(out)}`);
  return out;
}

type Json = string[] | Record<string, string> | { any?: string[]; together?: string[][]; unless?: string[] };

/** One old list to its YAML form. */
function convertList(data: Json, where: string): unknown {
  if (Array.isArray(data) || !('any' in data || 'together' in data || 'unless' in data)) {
    const isArray = Array.isArray(data);
    const plain: string[] = [];
    const replace: Record<string, string> = {};
    const groups = new Map<string, Group>();
    const entries = isArray ? (data as string[]) : Object.keys(data);
    for (const entry of entries) {
      const o = convertEntry(entry, where);
      const target = typeof o === 'string' ? o : o.entry;
      const replacement = isArray ? undefined : (data as Record<string, string>)[entry];
      if (typeof o === 'string' || !o.unless) {
        if (isArray) plain.push(target);
        else replace[target] = replacement!;
        continue;
      }
      const k = JSON.stringify(o.unless);
      const g = groups.get(k) ?? { entries: [], unless: o.unless };
      if (isArray) g.entries.push(target);
      else (g.replace ??= {})[target] = replacement!;
      groups.set(k, g);
    }
    const example = EXAMPLES[where];
    if (!groups.size && !example) return isArray ? plain : { replace };
    const out: Record<string, unknown> = isArray ? { entries: plain } : { replace };
    if (groups.size) {
      out.groups = [...groups.values()].map((g) => (g.replace ? { replace: g.replace, unless: g.unless } : { entries: g.entries, unless: g.unless }));
    }
    if (example) out.examples = example;
    return out;
  }
  const s = data as { any?: string[]; together?: string[][]; unless?: string[] };
  const conv = (e: string) => {
    const o = convertEntry(e, where);
    if (typeof o !== 'string') throw new Error(`${where}: a guarded override in a together or unless part: ${e}`);
    return o;
  };
  const out: Record<string, unknown> = {};
  const groups = new Map<string, Group>();
  if (s.any) {
    out.entries = [];
    for (const e of s.any) {
      const o = convertEntry(e, where);
      if (typeof o === 'string' || !o.unless) (out.entries as string[]).push(typeof o === 'string' ? o : o.entry);
      else {
        const k = JSON.stringify(o.unless);
        const g = groups.get(k) ?? { entries: [], unless: o.unless };
        g.entries.push(o.entry);
        groups.set(k, g);
      }
    }
  }
  if (s.together) out.together = s.together.map((g) => g.map(conv));
  if (s.unless) out.unless = s.unless.map(conv);
  if (groups.size) out.groups = [...groups.values()].map((g) => ({ entries: g.entries, unless: g.unless }));
  if (EXAMPLES[where]) out.examples = EXAMPLES[where];
  return out;
}

function convertFile(json: Record<string, unknown>, where: string, skip: string[] = []): { sets?: Record<string, string[]>; lists: Record<string, unknown> } {
  const lists: Record<string, unknown> = {};
  let sets: Record<string, string[]> | undefined;
  for (const [name, v] of Object.entries(json)) {
    if (skip.includes(name)) continue;
    if (name === 'sets') {
      sets = Object.fromEntries(Object.entries(v as Record<string, string[]>).map(([k, members]) => [k, members.map((m) => String(convertEntry(m, `${where}/sets/${k}`)))]));
    } else lists[name] = convertList(v as Json, `${where}/${name}`);
  }
  const extra = EXTRA_SETS[where];
  if (extra) sets = { ...(sets ?? {}), ...extra };
  return sets ? { sets, lists } : { lists };
}

const dump = (doc: unknown, header: string) =>
  `${header}\n${stringify(doc, { lineWidth: 0, defaultKeyType: 'PLAIN', singleQuote: true, flowCollectionPadding: false, aliasDuplicateObjects: false })}`;

for (const lang of LANGS) {
  const dir = join(ROOT, 'lib/checker/data', lang);
  const json = (f: string) => JSON.parse(readFileSync(join(dir, `${f}.json`), 'utf8'));
  const messages = JSON.parse(readFileSync(join(ROOT, 'lib/checker/messages', `${lang}.json`), 'utf8'));

  // The language's shared file.
  const applicability = convertFile(json('applicability'), `${lang}/language`);
  const language = {
    surfaces: messages.surfaces,
    markers: json('language').markers,
    abbreviations: (json('segmentation').abbreviations as string[]).map((a) => String(convertEntry(a, `${lang}/abbreviations`))),
    ...applicability,
  };
  mkdirSync(join(ROOT, 'lib/checker/languages'), { recursive: true });
  writeFileSync(
    join(ROOT, 'lib/checker/languages', `${lang}.yaml`),
    dump(language, `# ${lang}: what every rule and the follow-up model share. Format: lib/checker/rules/README.md`),
  );

  for (const [id, m] of Object.entries(messages.rules as Record<string, Record<string, unknown>>)) {
    const file = join(dir, `${id}.json`);
    const data = existsSync(file) ? convertFile(json(id), `${lang}/${id}`) : { lists: {} };
    const doc: Record<string, unknown> = { name: m.name, messages: m.messages, advice: m.advice };
    if (m.suggestion !== undefined) doc.suggestion = m.suggestion;
    if (data.sets) doc.sets = data.sets;
    if (Object.keys(data.lists).length) doc.lists = data.lists;
    mkdirSync(join(ROOT, 'lib/checker/rules', id), { recursive: true });
    writeFileSync(join(ROOT, 'lib/checker/rules', id, `${lang}.yaml`), dump(doc, `# ${id}, ${lang}. Format: ../README.md`));
  }
  for (const f of readdirSync(dir)) {
    const id = f.replace(/\.json$/u, '');
    if (f.endsWith('.json') && !SHARED.includes(id) && !(id in messages.rules)) problems.push(`${lang}/${f}: no rule with this id`);
  }
}

if (problems.length) {
  console.error(`${problems.length} entries still hold raw regex (add them to scripts/convert-data/overrides.ts):\n${problems.join('\n')}`);
  process.exitCode = 1;
} else console.log('converted');
