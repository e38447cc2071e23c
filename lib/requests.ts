/**
 * Shape and size checks for messages the background receives, with valibot: a message that
 * is not what the protocol says is refused before anything reads it.
 */
import * as v from 'valibot';
import { LANGS, PLATFORMS, RULE_IDS, SURFACES } from './checker/types';
import { MAX_SENT_CHARS, type CheckRequest } from './messaging';
const EDITOR_ID = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));
const SHORT = v.pipe(v.string(), v.maxLength(1000));

export const CheckRequestSchema = v.object({
  editorId: EDITOR_ID,
  seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  force: v.boolean(),
  typed: v.boolean(),
  totalChars: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9))),
  draft: v.object({
    text: v.pipe(v.string(), v.maxLength(MAX_SENT_CHARS)),
    platform: v.picklist(PLATFORMS),
    surface: v.picklist(SURFACES),
    subject: v.optional(SHORT),
    recipients: v.optional(v.pipe(v.array(SHORT), v.maxLength(100))),
    interviewDate: v.optional(v.pipe(v.string(), v.isoTimestamp())),
    lang: v.optional(v.picklist([...LANGS, 'auto'] as const)),
  }),
});

export const EditorRefSchema = v.object({ editorId: EDITOR_ID });
/** A rule the user turns off from the card. */
export const RuleRefSchema = v.object({ rule: v.picklist(RULE_IDS) });
export const RevealSchema = v.object({
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  editorId: EDITOR_ID,
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export function parseCheckRequest(data: unknown): CheckRequest | null {
  const r = v.safeParse(CheckRequestSchema, data);
  return r.success ? (r.output as CheckRequest) : null;
}
