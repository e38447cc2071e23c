import { describe, expect, it } from 'vitest';
import { compilePhraseList, roughSentences } from '@/lib/checker/phrases';

const spans = (list: ReturnType<typeof compilePhraseList>, text: string) => list.find(text).map((m) => text.slice(m.start, m.end));

describe('phrase lists', () => {
  it('a {set} stands for any of its entries, and sets may use sets', () => {
    const sets = { wish: ['would love', "'d like", 'want'], goal: ['to join', 'to work (with|for) {you}'], you: ['you', 'your team'] };
    const list = compilePhraseList(['i {wish} {goal}'], { sets });
    expect(spans(list, "I'd love it. I would love to work with your team!")).toEqual(['I would love to work with your team']);
    expect(list.test('I want to join')).toBe(true);
    expect(list.test('I would hate to join')).toBe(false);
    expect(() => compilePhraseList(['{nothing}'])).toThrow(/unknown set/);
    expect(() => compilePhraseList(['{loop}'], { sets: { loop: ['{loop}'] } })).toThrow(/itself/);
  });

  it('a word ending in * takes any ending, but stays one word', () => {
    const list = compilePhraseList(['interview*']);
    expect(spans(list, 'Interviews, interviewed, Interviewerin; preinterview')).toEqual(['Interviews', 'interviewed', 'Interviewerin']);
    expect(compilePhraseList(['samtal* med']).test('samtalet med dig')).toBe(true);
  });

  it('together: every part in one sentence, in any order', () => {
    const list = compilePhraseList({ together: [['(would love|want)', '(join|the job)']] });
    expect(spans(list, 'Joining you is what I would love. Thanks.')).toEqual([]);
    expect(spans(list, 'The job is what I want. Thanks.')).toEqual(['The job is what I want']);
    expect(list.test('I would love a coffee. The job was described well.')).toBe(false);
    // The checker's own sentences win over the plain split (an abbreviation is not an end).
    const text = 'I would love e.g. the job';
    expect(list.test(text, [{ start: 0, end: text.length }])).toBe(true);
  });

  it('unless: a match is dropped when its sentence also matches a guard', () => {
    const list = compilePhraseList({ any: ['interview'], unless: ['(newspaper|podcast)'] });
    expect(list.test('Thanks for the interview in the newspaper.')).toBe(false);
    expect(spans(list, 'Thanks for the interview. The newspaper is nice.')).toEqual(['interview']);
  });

  it('splits rough sentences at line breaks and at a stop before white space', () => {
    const text = 'One. Two?\nThree 3.5 four';
    expect(roughSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.', ' Two?', '\n', 'Three 3.5 four']);
  });
});
