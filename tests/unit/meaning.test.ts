/**
 * The "something is missing" rules and humble-brag read meaning, not stock phrases (issue 8,
 * items 2 and 3): each said-in-other-words case must silence its rule, and each truly missing
 * case must still fire. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { check } from '@/lib/checker/check';
import type { Lang, RuleId, Surface } from '@/lib/checker/types';

interface Case {
  lang: Lang;
  text: string;
  surface?: Surface;
}

const rulesOf = (c: Case) => {
  const report = check({ text: c.text, lang: c.lang, platform: c.surface === 'post' ? 'linkedin' : 'gmail', surface: c.surface ?? 'email' });
  return { applicable: report.applicable, rules: report.findings.map((f) => f.rule) };
};

const said: Record<string, { rule: RuleId; cases: Case[] }> = {
  'interest as a wish and the job': {
    rule: 'missing-interest',
    cases: [
      { lang: 'en', text: 'Hi Dana,\n\nThank you for the interview on Friday. I would be glad to be part of the crew at the depot.\n\nKind regards,\nSam' },
      { lang: 'en', text: 'Hi Dana,\n\nThank you for the interview on Friday. After seeing the lab I am even keener on the technician role.\n\nBest,\nSam' },
      { lang: 'de', text: 'Hallo Frau Berg,\n\nvielen Dank für das Vorstellungsgespräch am Montag. Sehr gern wäre ich ein Teil Ihres Teams in der Filiale.\n\nViele Grüße\nJonas' },
      { lang: 'da', text: 'Hej Mette\n\nTak for samtalen i går. Jeg vil rigtig gerne have et job hos jer i butikken.\n\nHilsen\nAnne' },
      { lang: 'nb', text: 'Hei Kari,\n\ntakk for intervjuet i går. Jobben vil jeg gjerne ha, og jeg kan begynne i juni.\n\nHilsen\nOla' },
      { lang: 'sv', text: 'Hej Eva,\n\ntack för intervjun i går. Jag skulle verkligen vilja jobba hos er på lagret.\n\nHälsningar\nKim' },
    ],
  },
  'a reference as a day and thanks': {
    rule: 'missing-interview-reference',
    cases: [
      { lang: 'en', text: 'Dear Mr Hale,\n\nThank you for walking me through the kitchen on Tuesday. I am very interested in the sous chef position.\n\nKind regards,\nRosa' },
      { lang: 'de', text: 'Sehr geehrte Frau Brandt,\n\nherzlichen Dank für den Vormittag in der Werkstatt gestern. Ich bin weiterhin sehr an der Stelle interessiert.\n\nMit freundlichen Grüßen\nTim' },
      { lang: 'da', text: 'Kære Lone\n\nTak for en lærerig formiddag på lageret i onsdags. Jeg er stadig meget interesseret i stillingen.\n\nVenlig hilsen\nPeter' },
      { lang: 'nb', text: 'Hei Siri,\n\ntakk for en fin ettermiddag på verkstedet i går. Jeg er fortsatt veldig interessert i stillingen.\n\nHilsen\nEmil' },
      { lang: 'sv', text: 'Hej Lena,\n\ntack för rundturen på kontoret i torsdags. Jag är fortfarande mycket intresserad av tjänsten.\n\nHälsningar\nSara' },
    ],
  },
  'thanks as appreciation': {
    rule: 'missing-thanks',
    cases: [
      { lang: 'en', text: 'Hi Jo,\n\nIt meant a lot that you stayed late after the interview to show me the studio. I am still very interested in the role.\n\nBest,\nAmir' },
      { lang: 'de', text: 'Hallo Herr Ott,\n\nIhre offene Art im Gespräch am Montag habe ich sehr geschätzt. Ich bin weiterhin sehr an der Stelle interessiert.\n\nViele Grüße\nLea' },
      { lang: 'da', text: 'Hej Søren\n\nJeg er meget glad for, at du tog dig tid til samtalen i går. Jeg er stadig interesseret i stillingen.\n\nHilsen\nMaja' },
      { lang: 'nb', text: 'Hei Anne,\n\nsamtalen i går satte jeg stor pris på. Jeg er fortsatt interessert i stillingen.\n\nHilsen\nJonas' },
      { lang: 'sv', text: 'Hej Per,\n\nsamtalet i går värdesätter jag mycket. Jag är fortfarande intresserad av tjänsten.\n\nHälsningar\nAlva' },
    ],
  },
  'a close as hope': {
    rule: 'missing-closing',
    cases: [
      { lang: 'en', text: 'Hi Jo,\n\nThank you for the interview yesterday. I am still very interested in the role. Fingers crossed we get to work together.\n\nBest,\nAmir' },
      { lang: 'nb', text: 'Hei Anne,\n\ntakk for intervjuet i går. Jeg er fortsatt interessert i stillingen. Ring meg om dere trenger noe mer.\n\nHilsen\nJonas' },
      { lang: 'sv', text: 'Hej Per,\n\ntack för intervjun i går. Jag är fortfarande intresserad av tjänsten. Förhoppningsvis blir vi kollegor.\n\nHälsningar\nAlva' },
    ],
  },
};

const missing: Record<string, { rule: RuleId; cases: Case[] }> = {
  'no interest, only thanks and a wish to hear back': {
    rule: 'missing-interest',
    cases: [
      { lang: 'en', text: 'Hi Dana,\n\nThank you for the interview on Friday about the role. I hope to hear from you soon.\n\nKind regards,\nSam' },
      { lang: 'sv', text: 'Hej Karin,\n\njag ville bara höra av mig efter vårt samtal i onsdags om tjänsten. Jag ser fram emot att höra från dig.\n\nHälsningar\nFatima' },
      { lang: 'de', text: 'Hallo Frau Berg,\n\nich würde gerne wissen, wann die Stelle besetzt wird. Vielen Dank für das Gespräch am Montag.\n\nViele Grüße\nJonas' },
    ],
  },
  'no reference: a day with no meeting in it': {
    rule: 'missing-interview-reference',
    cases: [{ lang: 'en', text: 'Dear Mr Hale,\n\nThank you for considering me. I can start on Monday if the sous chef position is still open.\n\nKind regards,\nRosa' }],
  },
};

for (const [title, tables, fires] of [
  ['said in other words: the rule stays silent', said, false],
  ['truly missing: the rule fires', missing, true],
] as const) {
  describe(title, () => {
    for (const [name, { rule, cases }] of Object.entries(tables)) {
      it.each(cases.map((c) => [c.lang, c]))(`${rule}: ${name} (%s)`, (_lang, c) => {
        const got = rulesOf(c);
        expect(got.applicable).toBe(true);
        expect(got.rules.includes(rule)).toBe(fires);
      });
    }
  });
}

describe('the missing rules judge letters to the interviewer only', () => {
  it('a thank-you comment on a company page gets public-post, not missing-interest or missing-interview-reference', () => {
    const got = rulesOf({ lang: 'en', surface: 'comment', text: 'Thanks to the whole team at Birchwood Bakery for the interview, what a place!' });
    expect(got.rules).toContain('public-post');
    expect(got.rules).not.toContain('missing-interest');
    expect(got.rules).not.toContain('missing-interview-reference');
  });
});

describe('humble-brag: plain boasts about a pending job, not news of a job taken', () => {
  it.each([
    ['en', 'Final interview at Redfern Labs done today. Honestly that analyst job is as good as mine, they can take the ad down.'],
    ['de', 'Drittes Vorstellungsgespräch bei der Stadtbank heute. Ich glaube, die suchen nicht mehr weiter, der Job gehört so gut wie mir.'],
    ['nb', 'Siste intervju hos Fjordkraft i dag. Hvis ikke jeg får den jobben, vet jeg ikke hvem som skal få den.'],
    ['sv', 'Sista intervjun hos Kustbanken i dag. Jag har redan börjat kolla på lägenheter nära kontoret.'],
  ] as [Lang, string][])('%s: a boast about a pending interview is flagged', (lang, text) => {
    const got = rulesOf({ lang, text, surface: 'post' });
    expect(got.applicable).toBe(true);
    expect(got.rules).toContain('humble-brag');
  });

  it('announcing a new job already accepted is not a follow-up', () => {
    const got = rulesOf({ lang: 'en', surface: 'post', text: "Happy to share that I'm starting as Head of Logistics at Corran Freight next month! Thanks to everyone who supported me." });
    expect(got.applicable).toBe(false);
  });
});
