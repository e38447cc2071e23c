/**
 * Drafts built to make a checker slow: each family repeats a unit that once made some pattern
 * scan the same text again and again (quoted e-mails someone else wrote included). Used by the
 * growth test (tests/unit/linear.test.ts) and by `npm run bench`.
 */
import type { Draft, Lang } from '@/lib/checker/types';

export interface AdversarialFamily {
  name: string;
  /** A draft of about `chars` characters. */
  text(chars: number): string;
  /** Languages the family is checked in (the patterns differ per language); all when absent. */
  langs?: Lang[];
}

/** `unit` repeated to `chars` characters, between an optional head and tail. */
function repeat(unit: string, head = '', tail = ''): (chars: number) => string {
  return (chars) => head + unit.repeat(Math.max(1, Math.floor((chars - head.length - tail.length) / unit.length))) + tail;
}

export const ADVERSARIAL: AdversarialFamily[] = [
  // Found by the security review of 923fdc3 (issue 7).
  { name: '"on x wrote y" + CR', text: repeat('on x wrote y\r') },
  { name: 'dashes', text: repeat('-') },
  { name: 'x, dots, x', text: repeat('.', 'x', 'x') },
  { name: 'thanks, bangs, x', text: repeat('!', 'Thanks for the interview', 'x') },
  { name: '"Ich stehe" + tabs', text: repeat('\t', 'Ich stehe '), langs: ['de'] },
  { name: '"a-" repeated', text: repeat('a-') },
  { name: '"i am the" repeated', text: repeat('i am the '), langs: ['en'] },
  { name: '"von: a" + U+2028', text: repeat('von: a\u2028') },
  { name: '"your" repeated', text: repeat('your '), langs: ['en'] },
  // Earlier ones (blank and quoted lines scanned again at every position).
  { name: 'blank lines', text: repeat('\n\n') },
  { name: 'tabs and CRLF', text: repeat('\t\r\n') },
  { name: 'quoted lines', text: repeat('> quoted line\n') },
  { name: 'signature blocks', text: repeat('\n-- \nSignature\n') },
  { name: 'attribution lines', text: repeat('On Mon, 1 Jan 2024, A <a@b.c> wrote:\n') },
  { name: 'one long word', text: repeat('x') },
  // More shapes of the same kind: runs of one character of each class the patterns use,
  // separators without line breaks, and words that open many phrases.
  { name: 'spaces then x', text: repeat(' ', 'thanks ', 'x') },
  { name: 'U+2028 runs', text: repeat('\u2028', 'Hi ', 'x') },
  { name: 'CR runs', text: repeat('\r', 'Hi ', 'x') },
  { name: 'question marks', text: repeat('?', 'Any news', 'x') },
  { name: 'hashes', text: repeat('#') },
  { name: 'apostrophes', text: repeat("'") },
  { name: '"a." repeated', text: repeat('a.') },
  { name: '"-- " lines with CR', text: repeat('-- x\r') },
  { name: '"From: a" lines', text: repeat('From: a\n') },
  { name: '"> " in one line', text: repeat('> ') },
  { name: 'lol', text: repeat('lol ') },
  { name: 'thanks for the', text: repeat('thanks for the ') },
  { name: 'tak for samtalen om', text: repeat('tak for samtalen om '), langs: ['da', 'nb'] },
  { name: 'ich hoffe', text: repeat('ich hoffe sehr, '), langs: ['de'] },
  { name: 'med vänliga', text: repeat('med vänliga '), langs: ['sv'] },
  { name: 'emoji', text: repeat('🙂') },
  { name: 'mixed case shouting', text: repeat('GREAT ') },
];

export function adversarialDraft(family: AdversarialFamily, chars: number, lang: Lang): Draft {
  return { text: family.text(chars), platform: 'gmail', surface: 'email', lang, now: '2026-03-10T12:00:00Z' };
}
