/**
 * The follow-up model: rebuilt by `npm run train` from the labelled drafts in the repository, the
 * same every time; a judgement explains itself with the draft's own words; names from the
 * settings decide on their own; the spec's own examples fall on the right side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeFollowUp } from '@/lib/checker/applicability';
import { check } from '@/lib/checker/check';
import { loadTrainingDrafts, MODEL_PATH } from '../../scripts/training-data';
import { train } from '@/lib/checker/model/train';
import type { Draft } from '@/lib/checker/types';

const ROOT = join(import.meta.dirname, '..', '..');
const email = (text: string, extra: Partial<Draft> = {}): Draft => ({ text, platform: 'gmail', surface: 'email', lang: 'en', ...extra });

describe('training', () => {
  it('the shipped model is exactly what npm run train makes from the labelled drafts (reproducible, not edited by hand)', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, MODEL_PATH), 'utf8'));
    const drafts = loadTrainingDrafts(ROOT);
    expect(drafts.length).toBeGreaterThan(1500);
    expect(new Set(drafts.map((d) => d.lang))).toEqual(new Set(['en', 'de', 'da', 'nb', 'sv']));
    expect(train(drafts)).toEqual(shipped);
  }, 120_000);

  it('learns from both sides: look-alikes teach it as much as follow-ups', () => {
    const drafts = loadTrainingDrafts(ROOT).filter((d) => d.id && /^(en|de|da|nb|sv)-\d{3}$/u.test(d.id));
    for (const lang of ['en', 'de', 'da', 'nb', 'sv']) {
      const list = drafts.filter((d) => d.lang === lang);
      expect(list.filter((d) => d.applicable).length, lang).toBe(60);
      expect(list.filter((d) => !d.applicable).length, lang).toBe(60);
    }
  });
});

describe('judgeFollowUp', () => {
  it('judges by who writes to whom and why, not by the word "interview" (the spec’s examples)', () => {
    expect(check(email('Thanks for the interview, the article comes out Friday.')).applicable).toBe(false);
    expect(check(email('Thanks for the chat yesterday, I really hope I get the job!!')).applicable).toBe(true);
  });

  it('names the words that weighed most, from the draft, on the side of the decision', () => {
    for (const text of [
      'Dear Ms. Berg, thank you for the interview yesterday about the warehouse role. I am very keen to join your team.',
      'Hi all, the article with your quotes from our radio interview goes live on Friday. Thanks again!',
    ]) {
      const report = check(email(text));
      const why = report.followUp!;
      expect(why.cues.length).toBeGreaterThan(0);
      expect(why.cues.length).toBeLessThanOrEqual(3);
      for (const cue of why.cues) {
        expect(text.slice(cue.start, cue.end)).toBe(cue.text);
        expect(Math.sign(cue.weight)).toBe(report.applicable ? 1 : -1);
      }
      expect(why.score >= 0.5).toBe(report.applicable);
    }
  });

  it('does not explain with function words ("the", "for", "als")', () => {
    const report = check(email('Thank you for the interview for the role as a nurse on the night shift.'));
    for (const cue of report.followUp!.cues) expect(['the', 'for', 'as', 'a', 'on']).not.toContain(cue.text.toLowerCase());
  });

  it('lets a name from the settings decide, and says so', () => {
    const text = 'Hi Ingrid, thanks for last time! Any news?';
    const settings = { profile: { interviewers: ['Ingrid Solberg', 'Ingrid'] } };
    expect(judgeFollowUp(text, 'en', email(text), {}).applicable).toBe(false);
    const named = judgeFollowUp(text, 'en', email(text), settings);
    expect(named.applicable).toBe(true);
    expect(named.score).toBe(1);
    expect(named.cues[0].text).toBe('Ingrid');
  });

  it('reads at most the first 400 words: a pasted book is judged in bounded time', () => {
    const start = 'Dear Anna, thank you for the interview yesterday about the nurse position. ';
    const judged = judgeFollowUp(start + 'word '.repeat(200_000), 'en', email(start), {});
    expect(judged.applicable).toBe(judgeFollowUp(start + 'word '.repeat(400), 'en', email(start), {}).applicable);
  });
});
