import { describe, expect, it } from 'vitest';
import { compileRuleYaml } from '@/lib/checker/data/compile';
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

  it('_ is one word, _{0,2} up to two; *word any beginning; a > b only when b follows', () => {
    expect(spans(compilePhraseList(['the _{0,2} role']), 'the role, the open role, the new open sales role')).toEqual(['the role', 'the open role']);
    expect(spans(compilePhraseList(['hos _']), 'intervju hos Spotify.')).toEqual(['hos Spotify']);
    expect(spans(compilePhraseList(['*avdelingen']), 'HR-avdelingen og personalavdelingen')).toEqual(['HR-avdelingen', 'personalavdelingen']);
    expect(spans(compilePhraseList(['e > (så|bra)'], { caseSensitive: true }), 'det e så bra, e?')).toEqual(['e']);
  });

  it('<end> and <line-end>: punctuation context without regex', () => {
    expect(compilePhraseList(['altså<end>']).test('Det var bra, altså.')).toBe(true);
    expect(compilePhraseList(['altså<end>']).test('altså bra')).toBe(false);
    expect(compilePhraseList(['take care<line-end>']).test('Take care!\nSam')).toBe(true);
    expect(compilePhraseList(['take care<line-end>']).test('take care of it')).toBe(false);
  });

  it('groups: a guard drops only its own entries\' matches', () => {
    const list = compilePhraseList({ any: ['interview'], groups: [{ any: ['as discussed'], unless: ['as discussed in my letter'] }] });
    expect(spans(list, 'As discussed in my letter, the interview went well.')).toEqual(['interview']);
    expect(spans(list, 'As discussed, I can start in May.')).toEqual(['As discussed']);
  });

  it('refuses raw regex, naming the entry; the YAML compiler adds the file and the list', () => {
    for (const raw of ['\\p{L}+ team', '[a-z]+', 'a{2,3}', 'thanks(?=!)', '(?<!not )keen', 'a$']) expect(() => compilePhraseList([raw])).toThrow(raw);
    const yaml = 'name: X\nadvice: Y\nlists:\n  pressure:\n    - asap\n    - (reply|answer) [a-z]+\n';
    expect(() => compileRuleYaml(yaml, 'rules/pushy-tone/en.yaml')).toThrow(/rules\/pushy-tone\/en\.yaml: lists\.pressure: "\(reply\|answer\) \[a-z\]\+": a character class/);
    expect(() => compileRuleYaml('name: X\nadvice: Y\nlists:\n  a: [ok]\n  a: [again]\n', 'x.yaml')).toThrow(/x\.yaml/);
  });
});
