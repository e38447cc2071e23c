/** The command-line tool, through a real child process: output, exit status, bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const fixture = (name: string) => join(root, 'examples', name);

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [join(root, 'bin/followup-lint.mjs'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('followup-lint', () => {
  it('prints findings with line:column and rule id, and exits 1 on an error-severity finding', () => {
    const r = cli([fixture('flawed-en.txt')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('flawed-en.txt');
    expect(r.out).toMatch(/^ {2}1:1 +warning +.+ {2}generic-greeting$/m);
    expect(r.out).toMatch(/^ {2}\d+:\d+ +error +.+ {2}missing-thanks$/m);
    expect(r.out).toMatch(/^ {2}3:\d+ +warning +.+ {2}pushy-tone$/m);
    expect(r.out).toMatch(/✖ \d+ problems \(1 error, \d+ warnings, \d+ infos?\)/);
  });

  it('exits 0 on a good draft', () => {
    const r = cli([fixture('good-sv.txt')]);
    expect(r.err).toBe('');
    expect(r.out).toContain('✔ no problems');
    expect(r.code).toBe(0);
  });

  it('--json prints the Report', () => {
    const r = cli(['--json', '--surface', 'email', fixture('flawed-en.txt')]);
    const report = JSON.parse(r.out);
    expect(report.language).toBe('en');
    expect(report.applicable).toBe(true);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('missing-thanks');
    expect(report.stats.words).toBeGreaterThan(20);
  });

  it('reads standard input with -', () => {
    const r = cli(['--json', '-'], 'Thanks for the interview today about the nurse position, Anna!');
    expect(JSON.parse(r.out).applicable).toBe(true);
  });

  it('--jsonl answers every line in order, with an error object for a bad line', () => {
    const lines = [
      JSON.stringify({ text: 'Hej Karin, tack för intervjun i går om tjänsten som lärare.', platform: 'gmail', surface: 'email' }),
      '{"text": "unterminated',
      JSON.stringify({ text: 42, platform: 'gmail', surface: 'email' }),
      JSON.stringify({ text: 'See you at the barbecue on Saturday!', platform: 'facebook', surface: 'post' }),
    ];
    const r = cli(['--jsonl'], lines.join('\n') + '\n');
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].language).toBe('sv');
    expect(out[1].error).toMatch(/line 2: not valid JSON/);
    expect(out[2].error).toMatch(/line 3: draft.text must be a string/);
    expect(out[3].applicable).toBe(false);
    expect(r.code).toBe(2);
  });

  it('rejects an unknown flag with a one-line reason and exit 2', () => {
    const r = cli(['--colour', fixture('good-sv.txt')]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^followup-lint: .*--colour/);
  });

  it('rejects a bad flag value, a missing file, invalid UTF-8 and no input with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-'));
    const bad = join(dir, 'latin1.txt');
    writeFileSync(bad, Buffer.from([0x54, 0x61, 0x6b, 0x20, 0xe6, 0xf8, 0xe5, 0xff]));
    for (const args of [['--surface', 'fax', fixture('good-sv.txt')], [join(dir, 'missing.txt')], [bad], []]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(cli([bad]).err).toMatch(/not valid UTF-8/);
    expect(cli([join(dir, 'missing.txt')]).err).toMatch(/cannot read \(no such file\)/);
  });

  it('checks a 5 MB draft up to the limit and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-'));
    const big = join(dir, 'big.txt');
    const para = 'Thank you for the interview about the data engineer position. I enjoyed our conversation about pipelines. ';
    writeFileSync(big, para.repeat(Math.ceil((5 * 1024 * 1024) / para.length)));
    const r = cli(['--json', big]);
    const report = JSON.parse(r.out);
    expect(report.limit.totalChars).toBeGreaterThan(5_000_000);
    expect(report.limit.checkedChars).toBe(100_000);
    expect(report.findings.every((f: { end: number }) => f.end <= 100_000)).toBe(true);
  });

  it('lists at most 200 findings of a pasted page of slang, and says how many there were', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-'));
    const file = join(dir, 'lol.txt');
    writeFileSync(file, 'lol '.repeat(25_000));
    const json = JSON.parse(cli(['--json', '--force', file]).out);
    expect(json.findings.length).toBeLessThanOrEqual(200);
    expect(json.capped.total).toBeGreaterThan(40_000);
    const text = cli(['--force', file]).out;
    expect(text).toMatch(new RegExp(`\\(listed ${json.capped.shown} of ${json.capped.total} findings; more of: .*informal-tone`));
  });
});
