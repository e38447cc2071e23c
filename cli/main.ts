/**
 * followup-lint: checks follow-up drafts from files or standard input (see README, "Command line").
 * A thin shell over lib/checker: parse arguments, read input, print reports, set the exit status.
 */
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { check, DraftError, MAX_CHECKED_CHARS, validateDraft } from '../lib/checker/check';
import { LANGS, PLATFORMS, SURFACES, type CheckSettings, type Draft, type Report } from '../lib/checker/types';
import { formatReport, summary } from './format';

/**
 * Longest line --jsonl reads, in bytes. A Draft whose text is as long as the checker reads (MAX_CHECKED_CHARS,
 * 100,000 UTF-16 code units) takes at most 600,000 bytes of JSON (6 bytes for a \uXXXX escape per code unit),
 * which leaves room for the other fields; anything longer would mostly be text the checker never looks at.
 */
export const MAX_LINE_BYTES = 1024 * 1024;

/**
 * Bytes of a file or of standard input kept for the checker, which reads MAX_CHECKED_CHARS UTF-16 code units: a code
 * unit takes at most 3 bytes of UTF-8, so 4 bytes per unit are enough, with room for a byte-order mark.
 */
export const MAX_KEPT_BYTES = 4 * MAX_CHECKED_CHARS;

const USAGE = `usage: followup-lint [--platform P] [--surface S] [--interview-date ISO] [--now ISO]
                     [--lang L] [--advice-lang L] [--force] [--json] FILE…   ('-' reads standard input, once)
       followup-lint --jsonl [--platform P] [--surface S] [--interview-date ISO] [--now ISO]
                     [--lang L] [--advice-lang L] [--force]
         one Draft as JSON per line on standard input, one Report as JSON per line out; the flags fill in
         the fields a line leaves out; a line longer than ${MAX_LINE_BYTES} bytes gets {"error": …};
         no FILEs, and no --json (the output is JSON already)
a FILE longer than ${MAX_CHECKED_CHARS} characters is checked up to there, and the report says so (limit)
platforms: ${PLATFORMS.join(', ')}; surfaces: ${SURFACES.join(', ')}; languages: ${LANGS.join(', ')} (or auto)
exit status: 0 nothing at error severity, 1 something at error severity, 2 bad usage or unreadable input;
when standard output closes early (| head), it stops quietly with the status of what it checked so far`;

class UsageError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file ('-': standard input) keeping only its first MAX_KEPT_BYTES as text. The rest is read as a stream,
 * checked to be UTF-8, counted and dropped, so that the report can still say how long the whole draft was while
 * memory stays the same however long the input is.
 */
async function readText(file: string, stdin: () => AsyncIterable<Uint8Array>): Promise<{ text: string; totalChars: number }> {
  const what = file === '-' ? 'standard input' : file;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Uint8Array) => {
    try {
      return utf8.decode(bytes, { stream: bytes !== undefined });
    } catch {
      throw new UsageError(`${what}: not valid UTF-8`);
    }
  };
  let text = '';
  let kept = 0;
  let dropped = 0;
  try {
    const input: AsyncIterable<Uint8Array> = file === '-' ? stdin() : createReadStream(file);
    for await (const chunk of input) {
      const keep = Math.min(chunk.length, MAX_KEPT_BYTES - kept);
      if (keep > 0) {
        text += decode(chunk.subarray(0, keep)); // a character cut at the bound is completed by the next decode
        kept += keep;
      }
      if (keep < chunk.length) dropped += decode(chunk.subarray(keep)).length;
    }
    decode(); // a sequence cut off by the end of the input is not valid UTF-8
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`${file}: cannot read (${reason})`);
  }
  return { text, totalChars: text.length + dropped };
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && Number.isNaN(Date.parse(value))) throw new UsageError(`${flag} must be an ISO 8601 date (got "${value}")`);
  return value;
}

/**
 * Splits a byte stream into lines (without the \n), holding at most maxBytes of one line: a longer line is skipped
 * up to its end and comes out as null. A yielded line is only valid until the next one is asked for.
 */
async function* splitLines(input: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array | null> {
  let line = new Uint8Array(64 * 1024);
  let length = 0;
  let tooLong = false;
  for await (const chunk of input) {
    let start = 0;
    while (start <= chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      if (!tooLong && length + (end - start) > maxBytes) {
        tooLong = true;
        length = 0;
      }
      if (!tooLong && end > start) {
        if (length + (end - start) > line.length) {
          const bigger = new Uint8Array(Math.min(maxBytes, Math.max(2 * line.length, length + (end - start))));
          bigger.set(line.subarray(0, length));
          line = bigger;
        }
        line.set(chunk.subarray(start, end), length);
        length += end - start;
      }
      if (newline === -1) break;
      yield tooLong ? null : line.subarray(0, length);
      length = 0;
      tooLong = false;
      start = newline + 1;
    }
  }
  yield tooLong ? null : line.subarray(0, length);
}

/** Fields of a Draft that --jsonl takes from the command line for the lines that leave them out. */
type DraftDefaults = Partial<Omit<Draft, 'text'>>;

/** The answer to one line of --jsonl: a Report, or an error; undefined for a blank line. */
function answerLine(
  bytes: Uint8Array | null,
  lineNo: number,
  defaults: DraftDefaults,
  settings: CheckSettings,
): { json: string; status: number } | undefined {
  const error = (reason: string) => ({ json: JSON.stringify({ error: `line ${lineNo}: ${reason}` }), status: 2 });
  if (bytes === null) return error(`longer than ${MAX_LINE_BYTES} bytes`);
  let text: string;
  try {
    text = decoder.decode(bytes).trim();
  } catch {
    return error('not valid UTF-8');
  }
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    const report = check(validateDraft(isObject ? { ...defaults, ...value } : value), settings); // the line's own fields win
    return { json: JSON.stringify(report), status: report.findings.some((f) => f.severity === 'error') ? 1 : 0 };
  } catch (e) {
    return error(e instanceof SyntaxError ? `not valid JSON (${e.message})` : e instanceof DraftError ? e.message : String(e));
  }
}

/**
 * Runs the batch mode: every input line gets exactly one output line, read and answered one at a time.
 * Stops reading when standard output closes; the status is then that of the lines answered so far.
 */
async function runJsonl(defaults: DraftDefaults, settings: CheckSettings, io: Io): Promise<number> {
  let status = 0;
  let lineNo = 0;
  for await (const bytes of splitLines(io.stdin(), MAX_LINE_BYTES)) {
    const answer = answerLine(bytes, ++lineNo, defaults, settings);
    if (!answer) continue;
    await io.out(answer.json);
    status = Math.max(status, answer.status); // 2 (a bad line) outranks 1 (an error-severity finding)
    if (io.closed()) break;
  }
  return status;
}

export interface Io {
  /** Writes a line to standard output; when a promise comes back, wait for it before writing more. */
  out(line: string): void | Promise<void>;
  err(line: string): void;
  /** True once standard output takes no more: its reader has gone (`| head`) or writing failed. */
  closed(): boolean;
  /** Standard input as a stream of bytes. */
  stdin(): AsyncIterable<Uint8Array>;
}

/**
 * The process's standard streams. A reader of standard output that goes away (EPIPE: `| head` has read enough) is
 * not an error: output stops quietly and main stops early. Any other write error (a full disk) gets one line on
 * standard error and exit status 2 at once, as the output is lost anyway.
 */
function processIo(): Io {
  const { stdout, stderr } = process;
  let closed = false;
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    closed = true;
    if (e.code === 'EPIPE') return;
    if (!stderr.destroyed) stderr.write(`followup-lint: cannot write standard output (${e.code ?? e.message})\n`);
    process.exit(2);
  });
  stderr.on('error', () => {}); // nowhere left to say anything
  const isClosed = () => closed || stdout.destroyed || stdout.errored != null;
  return {
    out(line) {
      if (isClosed() || stdout.write(line + '\n') || isClosed()) return;
      return new Promise((resolve) => {
        const done = () => {
          stdout.off('drain', done).off('close', done).off('error', done);
          resolve();
        };
        stdout.on('drain', done).on('close', done).on('error', done);
      });
    },
    err(line) {
      if (!stderr.destroyed) stderr.write(line + '\n');
    },
    closed: isClosed,
    stdin: () => process.stdin,
  };
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
          platform: { type: 'string' },
          surface: { type: 'string' },
          'interview-date': { type: 'string' },
          now: { type: 'string' },
          lang: { type: 'string' },
          'advice-lang': { type: 'string' },
          force: { type: 'boolean' },
          json: { type: 'boolean' },
          jsonl: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      throw new UsageError((e as Error).message.split('\n')[0]);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      await io.out(USAGE);
      return 0;
    }
    const settings: CheckSettings = {
      adviceLang: oneOf(values['advice-lang'], [...LANGS, 'auto'] as const, '--advice-lang'),
      force: values.force,
    };
    // The draft's fields for FILEs; for --jsonl, defaults for the lines that leave them out.
    const fields: DraftDefaults = {
      platform: oneOf(values.platform, PLATFORMS, '--platform'),
      surface: oneOf(values.surface, SURFACES, '--surface'),
      interviewDate: isoDate(values['interview-date'], '--interview-date'),
      now: isoDate(values.now, '--now'),
      lang: oneOf(values.lang, [...LANGS, 'auto'] as const, '--lang'),
    };
    if (values.jsonl) {
      if (values.json) throw new UsageError('--json does not go with --jsonl, which always writes JSON (one Report per line)');
      if (positionals.length) throw new UsageError('--jsonl reads standard input and takes no files');
      const given = Object.entries(fields).filter(([, value]) => value !== undefined);
      return await runJsonl(Object.fromEntries(given), settings, io);
    }
    if (!positionals.length) throw new UsageError('no input: name a file, or - for standard input (see --help)');
    // Standard input can be read only once: a second '-' would be checked as an empty draft.
    if (positionals.filter((file) => file === '-').length > 1) throw new UsageError("'-' (standard input) can be named only once");
    const base: Omit<Draft, 'text'> = { ...fields, platform: fields.platform ?? 'other', surface: fields.surface ?? 'email' };
    const results: { file: string; report: Report; block: string }[] = [];
    for (const file of positionals) {
      const { text, totalChars } = await readText(file, () => io.stdin());
      const report = check({ ...base, text }, settings);
      // The checker saw only the start of the input: its `limit` must count the whole of it.
      if (totalChars > text.length) report.limit = { checkedChars: report.limit?.checkedChars ?? text.length, totalChars };
      const name = file === '-' ? '<stdin>' : file;
      results.push({ file: name, report, block: values.json ? '' : formatReport(name, text, report) });
    }
    if (values.json) {
      await io.out(JSON.stringify(results.length === 1 ? results[0].report : results.map((r) => ({ file: r.file, ...r.report })), null, 2));
    } else {
      for (const r of results) if (r.block && !io.closed()) await io.out(r.block);
      if (!io.closed()) await io.out(summary(results.map((r) => r.report)));
    }
    // Also when standard output closed early: every file was checked before anything was written.
    return results.some((r) => r.report.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`followup-lint: ${e.message}`);
      return 2;
    }
    io.err(`followup-lint: ${(e as Error).message ?? e}`);
    return 2;
  }
}
