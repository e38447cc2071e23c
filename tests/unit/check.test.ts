/** check(): settings, the parts of a draft that are not checked, limits, bad input, language detection. */
import { describe, expect, it } from 'vitest';
import { check, DraftError, MAX_CHECKED_CHARS, MAX_FINDINGS_PER_REPORT, MAX_FINDINGS_PER_RULE, shareSlots } from '@/lib/checker/check';
import { detectLanguage } from '@/lib/checker/language';
import { MESSAGES } from '@/lib/checker/messages/index';
import type { Draft, Lang, RuleId } from '@/lib/checker/types';
import { CASES } from './cases/index';
import { parseMarks } from './marks';

const email = (text: string, extra: Partial<Draft> = {}): Draft => ({ text, platform: 'gmail', surface: 'email', ...extra });
const rules = (d: Draft, s = {}) => check(d, s).findings.map((f) => f.rule);

const FLAWED = 'Hey Sam,\n\nIt was great to chat about the job yesterday lol. Gonna send my portfolio.\n\nBest,\nKim';

describe('settings', () => {
  it('switches a rule off', () => {
    expect(rules(email(FLAWED))).toContain('informal-tone');
    expect(rules(email(FLAWED), { rules: { 'informal-tone': { enabled: false } } })).not.toContain('informal-tone');
  });

  it('overrides a rule severity', () => {
    const f = check(email(FLAWED), { rules: { 'missing-thanks': { severity: 'info' } } }).findings.find((x) => x.rule === 'missing-thanks');
    expect(f?.severity).toBe('info');
  });

  it('takes length budgets from settings', () => {
    expect(rules(email(FLAWED))).not.toContain('too-long');
    expect(rules(email(FLAWED), { budgets: { email: 10 } })).toContain('too-long');
  });

  it('checks any draft when forced, and none that is not a follow-up otherwise', () => {
    const party = email('Hi Jo, thanks for the party on Saturday, see you soon!!');
    expect(check(party).applicable).toBe(false);
    expect(check(party).findings).toEqual([]);
    const forced = check(party, { force: true });
    expect(forced.applicable).toBe(true);
    expect(forced.findings.map((f) => f.rule)).toContain('informal-tone');
  });

  it('counts a draft that names an interviewer or company from settings as a follow-up', () => {
    const d = email('Dear Ms. Berg, thank you for showing me around Nordlys yesterday. Kind regards, Kim');
    expect(check(d).applicable).toBe(false);
    expect(check(d, { profile: { interviewers: ['Ingrid Berg'] } }).applicable).toBe(false);
    expect(check(d, { profile: { company: 'Nordlys' } }).applicable).toBe(true);
    expect(check(d, { profile: { interviewers: ['Ms. Berg'] } }).applicable).toBe(true);
  });

  it('writes messages and advice in the advice language and suggestions in the draft language', () => {
    const auto = check(email(FLAWED)).findings.find((f) => f.rule === 'missing-thanks')!;
    expect(auto.advice).toBe(MESSAGES.en.rules['missing-thanks'].advice);
    const de = check(email(FLAWED), { adviceLang: 'de' }).findings.find((f) => f.rule === 'missing-thanks')!;
    expect(de.advice).toBe(MESSAGES.de.rules['missing-thanks'].advice);
    expect(de.message).toBe(MESSAGES.de.rules['missing-thanks'].messages.missing);
    expect(de.suggestion).toBe(MESSAGES.en.rules['missing-thanks'].suggestion);
  });

  it('falls back to the preferred language, then und, for a draft too short to tell', () => {
    expect(check(email('Ok.')).language).toBe('und');
    expect(check(email('Ok.'), { preferredLang: 'sv' }).language).toBe('sv');
  });
});

describe('what is not the user’s own words', () => {
  it('ignores a quoted thread and keeps offsets into the original text', () => {
    const own = 'Dear Mr. Lee,\n\nThank you for the interview about the chef position. Gonna send my menu tomorrow.\n\nI look forward to hearing from you.\nBest regards,\nAli\n\n';
    const quoted = 'On Tue, 12 Mar 2024 at 16:05, Lee <lee@bistro.example> wrote:\n> Hey Ali!! Thx for coming lol 😄\n> cheers';
    const report = check(email(own + quoted));
    const informal = report.findings.filter((f) => f.rule === 'informal-tone');
    expect(informal.map((f) => (own + quoted).slice(f.start, f.end))).toEqual(['Gonna']);
    expect(informal[0].start).toBe(own.indexOf('Gonna'));
  });

  it('ignores lines quoted with > and a signature after "-- "', () => {
    const text = 'Hi Ana,\n\nThank you for the interview for the nurse role.\n> lol!!\n\nI look forward to hearing from you.\nBest,\nMo\n-- \nMo 😎 | LOL Nursing Society';
    expect(check(email(text)).findings.filter((f) => f.rule === 'informal-tone')).toEqual([]);
  });

  it('ignores an Outlook-style forwarded header block and what follows', () => {
    const text = 'Hi Ana,\n\nThank you for the interview for the nurse role.\n\nFrom: Ana <ana@x.example>\nSent: Monday\nSubject: lol!!\n\nhey u';
    expect(check(email(text)).findings.filter((f) => f.rule === 'informal-tone')).toEqual([]);
  });
});

describe('limits and bad input', () => {
  it('checks a huge draft up to the limit and says how much', () => {
    const text = 'Thank you for the interview about the position. '.repeat(10_000);
    const report = check(email(text));
    expect(report.limit).toEqual({ checkedChars: MAX_CHECKED_CHARS, totalChars: text.length });
    expect(report.findings.every((f) => f.end <= MAX_CHECKED_CHARS)).toBe(true);
  });

  const countByRule = (findings: { rule: RuleId }[]) => {
    const counts: Partial<Record<RuleId, number>> = {};
    for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    return counts;
  };

  it('keeps at most 50 findings of a rule, the first by position, and says how many there were', () => {
    const report = check(email('lol '.repeat(25_000)), { force: true });
    const counts = countByRule(report.findings);
    expect(counts['informal-tone']).toBe(MAX_FINDINGS_PER_RULE);
    expect(Math.max(...(Object.values(counts) as number[]))).toBe(MAX_FINDINGS_PER_RULE);
    // The first 50 "lol", in the order of the text.
    expect(report.findings.filter((f) => f.rule === 'informal-tone').map((f) => f.start)).toEqual(Array.from({ length: 50 }, (_, i) => i * 4));
    // Whole-draft findings stay.
    expect(counts['missing-thanks']).toBe(1);
    expect(report.capped?.shown).toBe(report.findings.length);
    expect(report.capped?.total).toBeGreaterThan(40_000);
    expect(report.capped?.rules).toContain('informal-tone');
    expect(report.capped?.rules.every((rule) => counts[rule] === MAX_FINDINGS_PER_RULE)).toBe(true);
    expect(report.findings.map((f) => f.start)).toEqual(report.findings.map((f) => f.start).sort((a, b) => a - b));
  });

  it('keeps at most 200 findings in all, shared between the rules so that every rule that fired stays', () => {
    const unit = 'Gonna call u lol. I need an answer ASAP. I am the best candidate. I hope your well. I just interviewed with Acme #blessed. ';
    // Twelve copies: over the length budget, so every rule that fires on the long draft fires; under 200 findings.
    const short = check(email(`Dear Anna,\n\n${unit.repeat(12)}`), { force: true });
    expect(short.findings.length).toBeLessThan(MAX_FINDINGS_PER_REPORT);
    const rules = new Set(short.findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThanOrEqual(9);
    const report = check(email(`Dear Anna,\n\n${unit.repeat(250)}`), { force: true });
    expect(report.findings).toHaveLength(MAX_FINDINGS_PER_REPORT);
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(rules);
    expect(countByRule(report.findings)['missing-thanks']).toBe(1);
    expect(report.capped).toMatchObject({ shown: MAX_FINDINGS_PER_REPORT });
    expect(report.capped!.total).toBeGreaterThan(1000);
  });

  it('says nothing about caps on a real draft', () => {
    const report = check(email(FLAWED));
    expect(report.findings.length).toBeGreaterThan(3);
    expect(report).not.toHaveProperty('capped');
  });

  it.each([
    [[1, 1, 500, 500], 200, [1, 1, 99, 99]],
    [[50, 50, 50, 50, 50], 200, [40, 40, 40, 40, 40]],
    [[3, 50, 50, 50, 50], 200, [3, 49, 49, 49, 50]],
    [[10, 20], 200, [10, 20]],
    [[], 200, []],
  ])('shares slots %j of %i as %j', (wanted, capacity, want) => {
    const got = shareSlots(wanted, capacity);
    expect(got).toEqual(want);
    expect(got.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(capacity);
  });

  it('never cuts a surrogate pair at the limit', () => {
    const text = 'a'.repeat(MAX_CHECKED_CHARS - 1) + '😀' + 'b';
    expect(check(email(text)).limit?.checkedChars).toBe(MAX_CHECKED_CHARS - 1);
  });

  it('rejects what is not a draft with a clear reason', () => {
    expect(() => check({ text: 5 } as unknown as Draft)).toThrow(new DraftError('draft.text must be a string'));
    expect(() => check(email('x', { surface: 'fax' as Draft['surface'] }))).toThrow(/draft.surface must be one of/);
    expect(() => check(email('x', { now: 'yesterday' }))).toThrow(/ISO 8601/);
    expect(() => check(null as unknown as Draft)).toThrow(/must be an object/);
  });
});

describe('language detection', () => {
  it('tells every rule-table draft of 8 words or more apart, in all five languages', () => {
    const wrong: string[] = [];
    for (const [lang, cases] of Object.entries(CASES) as [Lang, (typeof CASES)[Lang]][]) {
      for (const table of Object.values(cases.rules)) {
        for (const c of [...table!.valid, ...table!.invalid]) {
          const { text } = parseMarks(c.text);
          if ((text.match(/\p{L}+/gu) ?? []).length < 8) continue;
          const got = detectLanguage(text);
          if (got !== lang) wrong.push(`${lang} → ${got}: ${text.slice(0, 60)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('tells Danish from Norwegian on short follow-ups', () => {
    expect(detectLanguage('Tak for samtalen i går, jeg glæder mig til at høre fra dig.')).toBe('da');
    expect(detectLanguage('Takk for samtalen i går, jeg gleder meg til å høre fra deg.')).toBe('nb');
    expect(detectLanguage('Takk for samtalen i går, eg gler meg til å høyre frå deg.')).toBe('nb');
    expect(detectLanguage('Tack för samtalet i går, jag ser fram emot att höra från dig.')).toBe('sv');
  });
});

describe('the source articles’ own examples', () => {
  it('flags the German wall post from 001 posted on a company page', () => {
    const report = check({
      text: 'Liebe Daily Muse, es war so toll, gestern den Tag in deinem Büro zu verbringen! Ich würde gerne mit euch zusammenarbeiten!',
      platform: 'facebook',
      surface: 'post',
    });
    expect(report.language).toBe('de');
    expect(report.applicable).toBe(true);
    expect(report.findings.map((f) => f.rule)).toContain('public-post');
  });

  it('flags the brag it stands for', () => {
    const text = 'In your face, everyone who follows this page! I just interviewed with The Daily Muse!';
    const report = check({ text, platform: 'facebook', surface: 'post' });
    expect(report.applicable).toBe(true);
    const brag = report.findings.filter((f) => f.rule === 'humble-brag').map((f) => text.slice(f.start, f.end));
    expect(brag).toEqual(['In your face', 'everyone who follows this page', 'I just interviewed with']);
    expect(check({ text, platform: 'other', surface: 'unknown' }).findings.map((f) => f.rule)).toContain('public-post');
  });
});
