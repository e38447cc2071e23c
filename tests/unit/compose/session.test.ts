// @vitest-environment happy-dom
/** A compose session's in-page card, against a fake background: what the card is given to show. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '@/lib/checker/types';
import { EditorSession } from '@/lib/compose/session';
import type { UiWords } from '@/lib/compose/words';
import { UiHost, type CardItem, type CardText } from '@/lib/highlight/host';
import { translate } from '@/lib/i18n/index';
import { sourcesLine } from '@/lib/sources';
import { toWireReport, type WireReport } from '@/lib/wire';

const TEXT = 'Hey Anna, thanks for the interview lol. Gonna call u.';

const finding = (rule: Finding['rule'], words: string, severity: Finding['severity'] = 'warning'): Finding => ({
  rule,
  severity,
  start: TEXT.indexOf(words),
  end: TEXT.indexOf(words) + words.length,
  message: `message of ${rule}`,
  advice: `advice for ${rule}`,
});

const words: UiWords = {
  badge: (count) => translate('en', 'badge.label', { count }),
  badgeNone: translate('en', 'badge.none'),
  badgeNotFollowUp: translate('en', 'badge.notFollowUp'),
  suggestion: translate('en', 'card.suggestion'),
  openPanel: translate('en', 'card.openPanel'),
  close: translate('en', 'card.close'),
  notFollowUp: translate('en', 'card.notFollowUp'),
  checkAnyway: translate('en', 'card.checkAnyway'),
  more: (count) => translate('en', 'card.more', { count }),
  limit: (checked, total) => translate('en', 'card.limit', { checked, total }),
  capped: (shown, total) => translate('en', 'card.capped', { shown, total }),
  cardLabel: translate('en', 'card.label'),
  sources: (ids) => sourcesLine('en', ids),
  ruleOff: translate('en', 'card.ruleOff'),
  pauseSite: translate('en', 'card.pauseSite'),
};

let session: EditorSession | undefined;
afterEach(() => {
  session?.dispose();
  session = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** A session on a contenteditable box whose checks the fake background answers with `report`. */
async function openSession(first: WireReport, ...later: WireReport[]) {
  return openSessionWith({}, first, ...later);
}

async function openSessionWith(options: { words?: () => UiWords; closed?: (id: string) => void; turnRuleOff?: (rule: string) => void; pauseSite?: () => void }, first: WireReport, ...later: WireReport[]) {
  document.body.innerHTML = `<form><div id="ed" contenteditable="true">${TEXT}</div></form>`;
  const editor = document.getElementById('ed')!;
  const shown: { items: CardItem[]; text: CardText }[] = [];
  vi.spyOn(UiHost.prototype, 'renderCard').mockImplementation((items, text) => void shown.push({ items, text }));
  // Placement needs layout, which happy-dom has not: the card is only marked open.
  let open = false;
  vi.spyOn(UiHost.prototype, 'openCard').mockImplementation(() => void (open = true));
  vi.spyOn(UiHost.prototype, 'cardOpen', 'get').mockImplementation(() => open);
  const reports = [first, ...later];
  const check = vi.fn(async () => reports[Math.min(check.mock.calls.length - 1, reports.length - 1)]);
  session = new EditorSession(
    { editor, anchor: editor.parentElement!, platform: 'gmail', surface: 'email' },
    {
      check,
      closed: options.closed ?? (() => {}),
      focused: () => {},
      openSidePanel: () => {},
      turnRuleOff: options.turnRuleOff ?? (() => {}),
      pauseSite: options.pauseSite ?? (() => {}),
      words: options.words ?? (() => words),
    },
  );
  // The user's first key in the box arms checking (happy-dom cannot make a trusted event).
  (session as unknown as { userActed(e: Event, typing: boolean): void }).userActed({ type: 'keydown', isTrusted: true } as unknown as Event, true);
  await vi.waitFor(() => expect(check).toHaveBeenCalled());
  await new Promise((resolve) => setTimeout(resolve, 0));
  /** What the badge's click puts in the card. */
  const openCard = () => {
    (session as unknown as { card: { toggle(): void } }).card.toggle();
    return shown.at(-1)!;
  };
  /** A new check (the user edited the text), answered with the next report. */
  const recheck = async () => {
    const calls = check.mock.calls.length;
    session!.schedule(0);
    await vi.waitFor(() => expect(check.mock.calls.length).toBe(calls + 1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return shown.at(-1)!;
  };
  return { openCard, recheck, renders: () => shown.length, editor };
}

const report = (findings: Finding[], extra: Partial<Report> = {}): WireReport =>
  toWireReport({ language: 'en', applicable: true, findings, stats: { words: 10, sentences: 2 }, ...extra });

describe('the in-page card', () => {
  it('shows each finding with its rule’s advice, read from the report’s advice map, errors first', async () => {
    const { openCard } = await openSession(
      report([finding('informal-tone', 'lol'), finding('missing-closing', 'Hey Anna', 'info'), finding('informal-tone', 'Gonna'), finding('missing-thanks', 'call u.', 'error')]),
    );
    const card = openCard();
    expect(card.items.map(({ finding: f }) => [f.rule, f.message, f.advice])).toEqual([
      ['missing-thanks', 'message of missing-thanks', 'advice for missing-thanks'],
      ['informal-tone', 'message of informal-tone', 'advice for informal-tone'],
      ['informal-tone', 'message of informal-tone', 'advice for informal-tone'],
    ]);
    expect(card.text.note).toBeUndefined();
  });

  it('says how many findings the report lists of how many the draft has, after how much was checked', async () => {
    const capped = { shown: 3, total: 50_005, rules: ['informal-tone' as const] };
    const { openCard } = await openSession(report([finding('informal-tone', 'lol'), finding('informal-tone', 'Gonna'), finding('informal-tone', 'u.')], { capped }));
    expect(openCard().text.note).toBe(translate('en', 'card.capped', { shown: 3, total: 50_005 }));
    session!.dispose();
    const both = await openSession(report([finding('informal-tone', 'lol')], { capped, limit: { checkedChars: 100_000, totalChars: 250_000 } }));
    expect(both.openCard().text.note).toBe(
      `${translate('en', 'card.limit', { checked: 100_000, total: 250_000 })} ${translate('en', 'card.capped', { shown: 3, total: 50_005 })}`,
    );
  });

  it('re-renders the open card from every new report, and leaves a shut card alone', async () => {
    const { openCard, recheck, renders } = await openSession(
      report([finding('informal-tone', 'lol')]),
      report([finding('pushy-tone', 'Gonna call u.')]),
      toWireReport({ language: 'en', applicable: false, findings: [], stats: { words: 10, sentences: 2 } }),
    );
    expect(openCard().items.map(({ finding: f }) => f.rule)).toEqual(['informal-tone']);
    expect((await recheck()).items.map(({ finding: f }) => f.rule)).toEqual(['pushy-tone']);
    const notFollowUp = await recheck();
    expect(notFollowUp.items).toEqual([]);
    expect(notFollowUp.text.action?.id).toBe('check-anyway');
    // Shut, it is not written again.
    (session as unknown as { card: { view: unknown } }).card.view = null;
    const before = renders();
    await recheck();
    expect(renders()).toBe(before);
  });

  it('names the articles the advice comes from instead of their numbers', async () => {
    const numbered = { ...finding('informal-tone', 'lol'), advice: 'Keep it formal. (Sources: 002, 003)' };
    const { openCard } = await openSession(report([numbered]));
    const [item] = openCard().items;
    expect(item.finding.advice).toBe('Keep it formal.');
    expect(item.sources).toBe(`Sources: ${translate('en', 'common.source.002')}; ${translate('en', 'common.source.003')}`);
  });

  it('reads the interface words at each paint: a language changed in the options shows without reopening the box', async () => {
    let lang: 'en' | 'de' = 'en';
    const wordsIn = (l: 'en' | 'de'): UiWords => ({ ...words, badge: (count) => translate(l, 'badge.label', { count }) });
    const labels: string[] = [];
    vi.spyOn(UiHost.prototype, 'setBadge').mockImplementation((state) => void labels.push(state.kind === 'hidden' ? '' : state.label));
    const { recheck } = await openSessionWith({ words: () => wordsIn(lang) }, report([finding('informal-tone', 'lol')]));
    expect(labels.at(-1)).toBe(translate('en', 'badge.label', { count: 1 }));
    lang = 'de';
    await recheck();
    expect(labels.at(-1)).toBe(translate('de', 'badge.label', { count: 1 }));
  });

  it('says the box has no draft once it is emptied, so the side panel and popup do not show the old one', async () => {
    const closed = vi.fn();
    const { editor } = await openSessionWith({ closed }, report([finding('informal-tone', 'lol')]));
    expect(closed).not.toHaveBeenCalled();
    editor.textContent = '';
    session!.schedule(0);
    await vi.waitFor(() => expect(closed).toHaveBeenCalledWith(session!.id));
  });

  it('offers to turn each finding’s rule off, and to pause on the site, and asks for exactly that', async () => {
    const turnRuleOff = vi.fn();
    const pauseSite = vi.fn();
    const { openCard } = await openSessionWith({ turnRuleOff, pauseSite }, report([finding('pushy-tone', 'Gonna call u.'), finding('informal-tone', 'lol')]));
    const card = openCard();
    expect(card.items.map((i) => i.action?.id)).toEqual(['rule-off', 'rule-off']);
    card.items[1].action!.run();
    expect(turnRuleOff).toHaveBeenCalledWith(card.items[1].finding.rule);
    expect(card.text.actions?.map((a) => a.id)).toEqual(['pause-site']);
    card.text.actions![0].run();
    expect(pauseSite).toHaveBeenCalledTimes(1);
  });
});
