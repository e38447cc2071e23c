/**
 * followup-lint: checks follow-up drafts from files or standard input (see README, "Command line").
 * A thin shell over lib/checker: parse arguments, read input, print reports, set the exit status.
 */
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { check, DraftError, MAX_CHECKED_CHARS, validateDraft } from '../lib/checker/check';
import { LANGS, PLATFORMS, SURFACES, type CheckSettings, type Draft, type Lang, type Report } from '../lib/checker/types';
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
                     [--lang L] [--advice-lang L] [--force] [--json] FILE…   ('-' reads standard input)
       followup-lint --jsonl   (one Draft as JSON per line on standard input; one Report per line out;
                                a line longer than ${MAX_LINE_BYTES} bytes gets {"error": …})
a FILE longer than ${MAX_CHECKED_CHARS} characters is checked up to there, and the report says so (limit)
platforms: ${PLATFORMS.join(', ')}; surfaces: ${SURFACES.join(', ')}; languages: ${LANGS.join(', ')} (or auto)
exit status: 0 nothing at error severity, 1 something at error severity, 2 bad usage or unreadable input`;

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

/** Runs the batch mode: every input line gets exactly one output line, read and answered one at a time. */
async function runJsonl(input: AsyncIterable<Uint8Array>, settings: CheckSettings, out: (s: string) => void): Promise<number> {
  let status = 0;
  let lineNo = 0;
  for await (const bytes of splitLines(input, MAX_LINE_BYTES)) {
    lineNo++;
    if (bytes === null) {
      out(JSON.stringify({ error: `line ${lineNo}: longer than ${MAX_LINE_BYTES} bytes` }));
      status = 2;
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes).trim();
    } catch {
      out(JSON.stringify({ error: `line ${lineNo}: not valid UTF-8` }));
      status = 2;
      continue;
    }
    if (!text) continue;
    try {
      const draft = validateDraft(JSON.parse(text));
      const report = check(draft, settings);
      out(JSON.stringify(report));
      if (status === 0 && report.findings.some((f) => f.severity === 'error')) status = 1;
    } catch (e) {
      const reason = e instanceof SyntaxError ? `not valid JSON (${e.message})` : e instanceof DraftError ? e.message : String(e);
      out(JSON.stringify({ error: `line ${lineNo}: ${reason}` }));
      status = 2;
    }
  }
  return status;
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Standard input as a stream of bytes. */
  stdin(): AsyncIterable<Uint8Array>;
}

const processIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  stdin: () => process.stdin,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
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
      io.out(USAGE);
      return 0;
    }
    const settings: CheckSettings = {
      adviceLang: oneOf(values['advice-lang'], [...LANGS, 'auto'] as const, '--advice-lang'),
      force: values.force,
    };
    if (values.jsonl) {
      if (positionals.length) throw new UsageError('--jsonl reads standard input and takes no files');
      return await runJsonl(io.stdin(), settings, io.out);
    }
    if (!positionals.length) throw new UsageError('no input: name a file, or - for standard input (see --help)');
    const base: Omit<Draft, 'text'> = {
      platform: oneOf(values.platform, PLATFORMS, '--platform') ?? 'other',
      surface: oneOf(values.surface, SURFACES, '--surface') ?? 'email',
      interviewDate: isoDate(values['interview-date'], '--interview-date'),
      now: isoDate(values.now, '--now'),
      lang: oneOf(values.lang, [...LANGS, 'auto'] as const, '--lang') as Lang | 'auto' | undefined,
    };
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
      io.out(JSON.stringify(results.length === 1 ? results[0].report : results.map((r) => ({ file: r.file, ...r.report })), null, 2));
    } else {
      for (const r of results) if (r.block) io.out(r.block);
      io.out(summary(results.map((r) => r.report)));
    }
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
