// @vitest-environment happy-dom
/**
 * The Facebook adapter against the fixture pages as Chromium rendered them with Lexical mounted
 * and a short draft typed (tests/fixtures/sites/facebook-*.saved.html).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractText } from '@/lib/compose/extract';
import { facebookAdapter } from '@/lib/platforms/facebook';
import type { ComposeTarget } from '@/lib/platforms/types';
import { facebookFixtures } from '../../fixtures/sites/facebook';

const SITES = join(import.meta.dirname, '../../fixtures/sites');

/** Replaces the document with a saved fixture page, served under `url`. */
function load(name: string, url = 'https://www.facebook.com/'): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(join(SITES, `${name}.saved.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

/** The composed path of a focus event on `node`: innermost first, through shadow roots, up to window. */
function pathOf(node: Node): EventTarget[] {
  const path: EventTarget[] = [];
  for (let cur: Node | null = node; cur; cur = cur.parentNode ?? (cur instanceof ShadowRoot ? cur.host : null)) path.push(cur);
  path.push(window);
  return path;
}

function $(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

function describeAt(selector: string): ComposeTarget | null {
  return facebookAdapter.describe(pathOf($(selector)));
}

function mustDescribe(selector: string): ComposeTarget {
  const target = describeAt(selector);
  if (!target) throw new Error(`adapter left ${selector} alone`);
  return target;
}

/** The anchor is outside the editor and holds it (the compose box's own container). */
function expectAnchorHolds(target: ComposeTarget): void {
  expect(target.anchor).not.toBe(target.editor);
  expect(target.editor.contains(target.anchor)).toBe(false);
  expect(target.anchor.contains(target.editor)).toBe(true);
}

/** Shows the audience button as the fixture script does for #audience=<audience>. */
function chooseAudience(audience: 'public' | 'friends' | 'only-me'): void {
  const template = $(`template[data-audience="${audience}"]`) as HTMLTemplateElement;
  const button = $('[role="dialog"] [role="button"][aria-label^="Edit privacy"]');
  button.replaceChildren(template.content.cloneNode(true));
  button.setAttribute('aria-label', template.dataset.label ?? '');
}

const fixture = (name: string) => facebookFixtures.find((f) => f.name === name && !f.url.includes('#'))!;

afterEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('about:blank');
});

describe('facebookAdapter', () => {
  it('serves Facebook and both Messenger hosts', () => {
    expect(facebookAdapter.id).toBe('facebook');
    expect([...facebookAdapter.hosts].sort()).toEqual(['messenger.com', 'www.facebook.com', 'www.messenger.com']);
  });
});

describe('facebook-post: the "Create post" dialog and a public post in the feed', () => {
  const POST = '[role="dialog"] form [data-lexical-editor="true"]';
  const COMMENT = '[role="feed"] form [data-lexical-editor="true"]';

  it('fixture selectors point at the saved editors', () => {
    load('facebook-post');
    for (const box of fixture('facebook-post').boxes) expect(document.querySelectorAll(box.editor)).toHaveLength(1);
  });

  it('tells the composer dialog as a public post, anchored on its form', () => {
    load('facebook-post');
    const target = mustDescribe(POST);
    expect(target.platform).toBe('facebook');
    expect(target.surface).toBe('post');
    expect(target.editor).toBe($(POST));
    expect(target.audience?.()).toBe('public');
    expect(target.anchor).toBe($('[role="dialog"] form'));
    expectAnchorHolds(target);
    expect(extractText(target.editor, target.isExcluded).text).toBe('So excited to share that I just interviewed with Nordlys Design! #blessed\n');
    expect(target.subject).toBeUndefined();
  });

  it('finds the same box from a node inside the editor (Lexical\'s text span)', () => {
    load('facebook-post');
    const span = $(`${POST} span[data-lexical-text="true"]`);
    const target = facebookAdapter.describe(pathOf(span.firstChild!));
    expect(target?.editor).toBe($(POST));
    expect(target?.surface).toBe('post');
  });

  it.each([
    ['public', 'public'],
    ['friends', 'friends'],
    ['only-me', 'only-me'],
  ] as const)('reads the audience button live: #audience=%s → %s', (choice, expected) => {
    load('facebook-post');
    const target = mustDescribe(POST);
    chooseAudience(choice);
    expect(target.audience?.()).toBe(expected);
  });

  it.each([
    ['Freunde', 'friends'],
    ['Venner', 'friends'],
    ['Vänner', 'friends'],
    ['Friends except…', 'friends'],
    ['Specific friends', 'friends'],
    ['Nur ich', 'only-me'],
    ['Kun mig', 'only-me'],
    ['Bare meg', 'only-me'],
    ['Endast jag', 'only-me'],
    ['Öffentlich', 'public'],
    ['Friends of friends', 'public'],
    ['Vänners vänner', 'public'],
    ['Custom', 'public'],
    ['Amis', 'public'],
  ] as const)('audience word %j → %s (unknown words count as public)', (word, expected) => {
    load('facebook-post');
    chooseAudience('friends');
    $('[role="dialog"] [aria-label^="Edit privacy"] span').textContent = word;
    expect(mustDescribe(POST).audience?.()).toBe(expected);
  });

  it('does not read a long button text above the audience button as the audience', () => {
    load('facebook-post');
    const tagLine = document.createElement('div');
    tagLine.setAttribute('role', 'button');
    tagLine.textContent = 'Anna Svensson is celebrating with Jonas Lindqvist and 2 other friends';
    $('[role="dialog"] [aria-label^="Edit privacy"]').before(tagLine);
    expect(mustDescribe(POST).audience?.()).toBe('public');
  });

  it('counts a composer without an audience button (a group, a friend\'s timeline) as public', () => {
    load('facebook-post');
    chooseAudience('only-me');
    $('[role="dialog"] [aria-label^="Edit privacy"]').remove();
    expect(mustDescribe(POST).audience?.()).toBe('public');
    // A control below the editor is not the audience selector, whatever it says.
    $('[role="dialog"] [aria-label="Tag people"]').textContent = 'Friends';
    expect(mustDescribe(POST).audience?.()).toBe('public');
  });

  it('tells the feed post\'s comment box as a comment with the post\'s public audience', () => {
    load('facebook-post');
    const target = mustDescribe(COMMENT);
    expect(target.surface).toBe('comment');
    expect(target.audience?.()).toBe('public');
    expect(target.anchor).toBe($('[role="feed"] form'));
    expectAnchorHolds(target);
    expect(extractText(target.editor, target.isExcluded).text).toBe('Thank you for the interview yesterday, I would love to join your team!\n');
  });

  it('finds a comment box in the feed by the feed alone (no feed-unit attributes, no form)', () => {
    load('facebook-post');
    const unit = $('[role="feed"] [aria-posinset]');
    unit.removeAttribute('aria-posinset');
    const form = $('[role="feed"] form');
    form.replaceWith(...Array.from(form.childNodes));
    const target = mustDescribe(COMMENT.replace(' form', ''));
    expect(target.surface).toBe('comment');
    expect(target.audience?.()).toBe('public');
    expectAnchorHolds(target);
  });

  it('reads the feed post\'s own audience icon for its comment box', () => {
    load('facebook-post');
    const icon = $('[role="feed"] [aria-posinset] svg[title]');
    icon.setAttribute('title', 'Shared with Friends');
    icon.querySelector('title')!.textContent = 'Shared with Friends';
    expect(mustDescribe(COMMENT).audience?.()).toBe('friends');
  });

  it('does not take the composer\'s audience for the comment box', () => {
    load('facebook-post');
    chooseAudience('only-me');
    expect(mustDescribe(COMMENT).audience?.()).toBe('public');
  });

  it.each([
    'input[type="search"]',
    '[role="dialog"] [aria-label^="Edit privacy"]',
    '[role="dialog"] [role="button"][aria-label="Post"]',
    '[role="region"] [role="button"]',
    '[role="feed"] [role="article"]',
  ])('leaves %s alone', (selector) => {
    load('facebook-post');
    expect(describeAt(selector)).toBeNull();
  });

  it('leaves an editor alone when the Lexical markers are missing', () => {
    load('facebook-post');
    const editor = $(POST);
    editor.removeAttribute('data-lexical-editor');
    expect(facebookAdapter.describe(pathOf(editor))).toBeNull();
    editor.setAttribute('data-lexical-editor', 'true');
    editor.removeAttribute('role');
    expect(facebookAdapter.describe(pathOf(editor))).toBeNull();
  });

  it('leaves a plain contenteditable in the feed alone', () => {
    load('facebook-post');
    const plain = document.createElement('div');
    plain.setAttribute('contenteditable', 'true');
    plain.textContent = 'Thank you for the interview';
    $('[role="feed"] form').append(plain);
    expect(facebookAdapter.describe(pathOf(plain))).toBeNull();
  });
});

describe('facebook-chat: a profile with a friends-only post and a docked chat tab', () => {
  const CHAT = '[data-visualcompletion="ignore"] [data-lexical-editor="true"]';
  const COMMENT = '[aria-posinset] form [data-lexical-editor="true"]';

  it('fixture selectors point at the saved editors', () => {
    load('facebook-chat', 'https://www.facebook.com/jonas.lindqvist');
    for (const box of fixture('facebook-chat').boxes) expect(document.querySelectorAll(box.editor)).toHaveLength(1);
  });

  it('tells the chat tab as a message to the person in its header', () => {
    load('facebook-chat', 'https://www.facebook.com/jonas.lindqvist');
    const target = mustDescribe(CHAT);
    expect(target.surface).toBe('message');
    expect(target.recipients?.()).toEqual(['Jonas Lindqvist']);
    expect(target.audience).toBeUndefined();
    expectAnchorHolds(target);
    // The composer row of the tab: beside the message list, not around it.
    expect(target.anchor.contains($('[data-visualcompletion="ignore"] [role="grid"]'))).toBe(false);
    expect(target.anchor.parentElement?.contains($('[data-visualcompletion="ignore"] [role="grid"]'))).toBe(true);
    expect(extractText(target.editor, target.isExcluded).text).toBe('Hi Jonas, thank you for the interview yesterday.\n');
  });

  it('still tells the chat tab when Facebook marks it as a dialog', () => {
    load('facebook-chat', 'https://www.facebook.com/jonas.lindqvist');
    $('#chat-tab').setAttribute('role', 'dialog');
    expect(mustDescribe(CHAT).surface).toBe('message');
  });

  it('tells the comment box under the friends-only post as a comment to friends', () => {
    load('facebook-chat', 'https://www.facebook.com/jonas.lindqvist');
    const target = mustDescribe(COMMENT);
    expect(target.surface).toBe('comment');
    expect(target.audience?.()).toBe('friends');
    expect(target.anchor).toBe($('[aria-posinset] form'));
    expectAnchorHolds(target);
    expect(extractText(target.editor).text).toBe('Thanks for having me at the studio!\n');
  });

  it('reads the post\'s audience from its icon\'s tooltip', () => {
    load('facebook-chat', 'https://www.facebook.com/jonas.lindqvist');
    const icon = $('[aria-posinset] svg[title]');
    icon.setAttribute('title', 'Shared with Only me');
    icon.querySelector('title')!.textContent = 'Shared with Only me';
    expect(mustDescribe(COMMENT).audience?.()).toBe('only-me');
    icon.removeAttribute('title');
    icon.querySelector('title')!.remove();
    expect(mustDescribe(COMMENT).audience?.()).toBe('public');
  });

  it.each(['input[type="search"]', '#open-chat', '[data-visualcompletion="ignore"] [role="grid"]'])('leaves %s alone', (selector) => {
    load('facebook-chat', 'https://www.facebook.com/jonas.lindqvist');
    expect(describeAt(selector)).toBeNull();
  });
});

describe('facebook-messenger: a thread on www.messenger.com', () => {
  const URL = 'https://www.messenger.com/t/100008765432109/';
  const MESSAGE = '[role="main"] [data-lexical-editor="true"]';

  it('fixture selectors point at the saved editor', () => {
    load('facebook-messenger', URL);
    for (const box of fixture('facebook-messenger').boxes) expect(document.querySelectorAll(box.editor)).toHaveLength(1);
  });

  it('tells the thread composer as a message to the thread\'s person', () => {
    load('facebook-messenger', URL);
    const target = mustDescribe(MESSAGE);
    expect(target.platform).toBe('facebook');
    expect(target.surface).toBe('message');
    expect(target.recipients?.()).toEqual(['Jonas Lindqvist']);
    expectAnchorHolds(target);
    expect(target.anchor.parentElement).toBe($('[role="main"]'));
    expect(extractText(target.editor, target.isExcluded).text).toBe('Hi Jonas, thank you for the interview yesterday. I look forward to hearing from you.\n');
  });

  it('names the recipient from the thread header only, not from headings in the messages', () => {
    load('facebook-messenger', URL);
    const preview = document.createElement('div');
    preview.setAttribute('role', 'row');
    preview.innerHTML = '<div role="gridcell"><a href="https://nordlys.example/jobs"><h3>Nordlys Design – Careers</h3></a></div>';
    $('[role="main"] [role="grid"]').append(preview);
    expect(mustDescribe(MESSAGE).recipients?.()).toEqual(['Jonas Lindqvist']);
    $('[role="main"] h2').remove();
    expect(mustDescribe(MESSAGE).recipients?.()).toEqual([]);
  });

  it('is the same thread composer on www.facebook.com/messages', () => {
    load('facebook-messenger', 'https://www.facebook.com/messages/t/100008765432109/');
    expect(mustDescribe(MESSAGE).surface).toBe('message');
  });

  it('on Messenger\'s hosts, a Lexical box without its message list is still a message', () => {
    for (const url of [URL, 'https://messenger.com/t/100008765432109/']) {
      load('facebook-messenger', url);
      $('[role="main"] [role="grid"]').remove();
      const target = mustDescribe(MESSAGE);
      expect(target.surface).toBe('message');
      expectAnchorHolds(target);
    }
  });

  it('on facebook.com, the same box without a message list, form or dialog is left alone', () => {
    load('facebook-messenger', 'https://www.facebook.com/messages/t/100008765432109/');
    $('[role="main"] [role="grid"]').remove();
    expect(describeAt(MESSAGE)).toBeNull();
  });

  it('does not take the thread list (a grid outside the conversation) for a message list', () => {
    load('facebook-messenger', 'https://www.facebook.com/messages/t/100008765432109/');
    $('[role="main"] [role="grid"]').remove();
    expect(document.querySelector('[role="navigation"] [role="grid"]')).not.toBeNull();
    expect(describeAt(MESSAGE)).toBeNull();
  });

  it.each(['input[type="search"]', '[role="button"][aria-label="Press enter to send"]'])('leaves %s alone', (selector) => {
    load('facebook-messenger', URL);
    expect(describeAt(selector)).toBeNull();
  });
});

describe('boxes in dialogs', () => {
  /** A Lexical editor as Facebook renders one, inside `html` at the `<!--editor-->` mark. */
  function mount(html: string): HTMLElement {
    document.body.innerHTML = html.replace(
      '<!--editor-->',
      '<div class="x1n2onr6"><div contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-lexical-editor="true" id="box"><p><br></p></div></div>',
    );
    return $('#box');
  }

  it('a post opened in a dialog: the box under its comments is a comment', () => {
    const editor = mount(`
      <div role="dialog" aria-labelledby="t"><h2 id="t">Nordlys Design's post</h2>
        <span><svg viewBox="0 0 16 16"><title>Shared with Friends</title></svg></span>
        <div dir="auto">We're hiring!</div>
        <div role="article" aria-label="Comment by Jonas Lindqvist"><div dir="auto">Great team!</div></div>
        <form><!--editor--></form>
      </div>`);
    const target = facebookAdapter.describe(pathOf(editor));
    expect(target?.surface).toBe('comment');
    expect(target?.audience?.()).toBe('friends');
    expect(target?.anchor).toBe(document.querySelector('form'));
  });

  it('the share dialog is a post: the first audience button above the box counts, not later ones or the shared post\'s', () => {
    const editor = mount(`
      <div role="dialog" aria-labelledby="t">
        <form method="POST">
          <h2 id="t">Share</h2>
          <div role="button" tabindex="0"><svg aria-hidden="true"></svg><span>Public</span><i aria-hidden="true"></i></div>
          <div role="button" tabindex="0" aria-label="Tag friends">Friends</div>
          <!--editor-->
          <div role="article"><a href="https://www.facebook.com/jonas.lindqvist">Jonas Lindqvist</a>
            <div role="button" tabindex="0">Friends</div><div dir="auto">Interview day at the studio.</div></div>
          <div role="button" tabindex="0" aria-label="Share now">Share now</div>
        </form>
      </div>`);
    const target = facebookAdapter.describe(pathOf(editor));
    expect(target?.surface).toBe('post');
    expect(target?.audience?.()).toBe('public');
    expect(target?.anchor).toBe(document.querySelector('form'));
  });

  it('a Lexical box in a dialog we cannot tell counts as a public post', () => {
    const editor = mount('<div role="dialog"><div><!--editor--></div></div>');
    const target = facebookAdapter.describe(pathOf(editor));
    expect(target?.surface).toBe('post');
    expect(target?.audience?.()).toBe('public');
    expect(target && target.editor.contains(target.anchor)).toBe(false);
  });

  it('a comment box on a post page: audience icons of other posts below the box are not read', () => {
    const editor = mount(`
      <div role="main">
        <div><h2><a href="https://www.facebook.com/jonas.lindqvist">Jonas Lindqvist</a></h2><div dir="auto">Interview day.</div></div>
        <form><!--editor--></form>
        <div><h3>More from Jonas</h3><span><svg viewBox="0 0 16 16"><title>Shared with Only me</title></svg></span></div>
      </div>`);
    const target = facebookAdapter.describe(pathOf(editor));
    expect(target?.surface).toBe('comment');
    expect(target?.audience?.()).toBe('public');
  });

  it('a Lexical box outside any form, dialog, feed or conversation is left alone', () => {
    const editor = mount('<div role="main"><section><!--editor--></section></div>');
    expect(facebookAdapter.describe(pathOf(editor))).toBeNull();
  });
});
