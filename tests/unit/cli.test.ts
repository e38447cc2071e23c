/** The command-line tool, through a real child process: output, exit status, bad input. */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const fixture = (name: string) => join(root, 'examples', name);
const bin = join(root, 'bin/followup-lint.mjs');

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  /** Whether all of the input went into the child's standard input (false: it closed it before taking all). */
  fedAll: boolean;
}

/**
 * Runs the CLI as a child process and writes `input` (any amount) to its standard input as fast as it reads,
 * stopping when it stops reading. With closeStdout the reading end of its standard output is closed before any
 * input is written, like `| head` that has stopped reading. A guard kills a child that never ends (code null).
 */
function cliStream(
  args: string[],
  input: Iterable<string | Uint8Array>,
  opts: { nodeArgs?: string[]; closeStdout?: boolean } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), bin, ...args], { cwd: root, timeout: 50_000 });
    let out = '';
    let err = '';
    let stopped = false;
    let fedAll = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.stdin.on('error', () => (stopped = true)).on('close', () => (stopped = true));
    child.stdin.on('finish', () => (fedAll = true));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err, fedAll }));
    const feed = async () => {
      for (const piece of input) {
        if (stopped) return;
        if (!child.stdin.write(piece)) {
          await new Promise<void>((done) => {
            const go = () => {
              child.stdin.off('drain', go).off('close', go);
              done();
            };
            child.stdin.on('drain', go).on('close', go);
          });
        }
      }
      if (!stopped) child.stdin.end();
    };
    if (opts.closeStdout) {
      child.stdout.once('close', () => void feed());
      child.stdout.destroy();
    } else {
      void feed();
    }
  });
}

/** `bytes` bytes (rounded up to whole chunks) of the same chunk, without allocating them. */
function* repeat(chunk: Buffer, bytes: number) {
  for (let n = 0; n < bytes; n += chunk.length) yield chunk;
}

const svLine = JSON.stringify({ text: 'Hej Karin, tack för intervjun i går om tjänsten som lärare.', platform: 'gmail', surface: 'email' }) + '\n';
const enPara = 'Thank you for the interview about the data engineer position. I enjoyed our conversation about pipelines. ';

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

  it('stops quietly when standard output closes early (--jsonl | head): no stack trace, exit status so far', async () => {
    const r = await cliStream(['--jsonl'], Array<string>(20_000).fill(svLine), { closeStdout: true });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.fedAll).toBe(false); // it stopped reading its 2.2 MB of input once nobody read its answers
  });

  it('stops quietly when standard output closes early in the file mode, with the status of what it checked', async () => {
    const r = await cliStream(['-'], [readFileSync(fixture('flawed-en.txt'))], { closeStdout: true });
    expect(r.err).toBe('');
    expect(r.code).toBe(1); // flawed-en.txt has an error-severity finding
  });

  it.skipIf(!existsSync('/dev/full'))('says in one line when standard output cannot be written (a full disk), exit 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, fixture('good-sv.txt')], { cwd: root, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(r.stderr).toBe('followup-lint: cannot write standard output (ENOSPC)\n');
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it('keeps only the start of a huge standard input and reports how long the whole draft was', async () => {
    // A 48 MB V8 heap cannot hold 64 MB of input as a string: only a CLI that drops what it does not check gets through.
    const chunk = Buffer.from(enPara.repeat(600));
    const copies = Math.ceil((64 * 1024 * 1024) / chunk.length);
    const r = await cliStream(['--json', '-'], repeat(chunk, copies * chunk.length), { nodeArgs: ['--max-old-space-size=48'] });
    expect(r.err).toBe('');
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.out);
    expect(report.limit).toEqual({ checkedChars: 100_000, totalChars: copies * chunk.length });
    expect(report.findings.every((f: { end: number }) => f.end <= 100_000)).toBe(true);
  });

  it('--jsonl reads line by line: a line longer than 1 MiB gets an error, the lines around it are checked', async () => {
    const long = Buffer.from(enPara.repeat(600));
    function* input() {
      yield svLine;
      yield '{"text": "';
      yield* repeat(long, 64 * 1024 * 1024);
      yield '", "surface": "email"}\n';
      yield JSON.stringify({ text: enPara.repeat(9000), surface: 'email' }) + '\n'; // 972,000 bytes: under the bound
      yield svLine;
    }
    const r = await cliStream(['--jsonl'], input(), { nodeArgs: ['--max-old-space-size=48'] });
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].language).toBe('sv');
    expect(out[1]).toEqual({ error: 'line 2: longer than 1048576 bytes' });
    expect(out[2].limit).toEqual({ checkedChars: 100_000, totalChars: enPara.length * 9000 });
    expect(out[3].language).toBe('sv');
    expect(r.code).toBe(2);
  });

  it("--jsonl takes --platform, --surface, --lang, --interview-date and --now as defaults; a line's own fields win", () => {
    const text = 'Dear Anna, thank you for the interview yesterday about the nurse position. I look forward to hearing from you. Best regards, Sam';
    const lines = [JSON.stringify({ text }), JSON.stringify({ text, surface: 'email', lang: 'auto', now: '2024-03-01T12:00:00Z' })];
    const flags = ['--platform', 'facebook', '--surface', 'post', '--lang', 'sv', '--interview-date', '2024-03-01T09:00:00Z', '--now', '2024-03-10T09:00:00Z'];
    const r = cli(['--jsonl', '--force', ...flags], lines.join('\n') + '\n');
    const [first, second] = r.out.trim().split('\n').map((l) => JSON.parse(l));
    const rules = (report: { findings: { rule: string }[] }) => report.findings.map((f) => f.rule);
    expect(first.language).toBe('sv');
    expect(rules(first)).toContain('public-post');
    expect(rules(first)).toContain('late-follow-up');
    expect(second.language).toBe('en');
    expect(rules(second)).not.toContain('public-post');
    expect(rules(second)).not.toContain('late-follow-up');
  });

  it('--jsonl refuses --json, files and bad flag values with a one-line reason and exit 2', () => {
    const bad = [['--json'], [fixture('good-sv.txt')], ['-'], ['--surface', 'fax'], ['--platform', 'myspace'], ['--lang', 'fr'], ['--now', 'someday'], ['--interview-date', 'x']];
    for (const args of bad.map((a) => ['--jsonl', ...a])) {
      const r = cli(args, svLine);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err, args.join(' ')).toMatch(/^followup-lint: /);
      expect(r.out, args.join(' ')).toBe('');
    }
  });

  it("refuses to read standard input twice ('-' named more than once)", () => {
    const r = cli(['-', fixture('good-sv.txt'), '-'], 'Thanks for the interview today about the nurse position, Anna!');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^followup-lint: .*standard input.*once/);
    expect(r.out).toBe('');
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
