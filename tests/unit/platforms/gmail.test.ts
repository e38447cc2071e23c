// @vitest-environment happy-dom
/**
 * The Gmail adapter against the fixture pages in tests/fixtures/sites/gmail-*.html, which
 * reproduce Gmail's new-message window, inline reply and inline forward.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '@/lib/compose/extract';
import { gmailAdapter, nameOrAddress } from '@/lib/platforms/gmail';
import type { ComposeTarget } from '@/lib/platforms/types';
import { gmailFixtures } from '../../fixtures/sites/gmail';

const SITES_DIR = join(import.meta.dirname, '../../fixtures/sites');

/** Puts a fixture page's markup (its saved DOM where there is one) into the test document. */
function loadPage(name: string): void {
  const saved = join(SITES_DIR, `${name}.saved.html`);
  const file = existsSync(saved) ? saved : join(SITES_DIR, `${name}.html`);
  const parsed = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

/** What `event.composedPath()` gives for a focus event on `target`: innermost first, through shadow hosts, up to window. */
function composedPath(target: Node): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = target; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) path.push(node);
  path.push(window);
  return path;
}

function $(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

function describeAt(target: Node): ComposeTarget | null {
  return gmailAdapter.describe(composedPath(target));
}

function mustDescribe(target: Node): ComposeTarget {
  const found = describeAt(target);
  if (!found) throw new Error('the adapter did not recognise the compose box');
  return found;
}

function userText(target: ComposeTarget): string {
  return extractText(target.editor, target.isExcluded).text;
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('gmailAdapter', () => {
  it('serves mail.google.com as gmail', () => {
    expect(gmailAdapter.id).toBe('gmail');
    expect(gmailAdapter.hosts).toEqual(['mail.google.com']);
  });

  it('has the three Gmail fixture pages with their guides', () => {
    expect(gmailFixtures.map((f) => f.name)).toEqual(['gmail-compose', 'gmail-reply', 'gmail-forward']);
    for (const fixture of gmailFixtures) {
      expect(new URL(fixture.url).host).toBe('mail.google.com');
      loadPage(fixture.name);
      expect(document.querySelector('[data-demo-guide]')?.textContent?.trim()).toMatch(/^Gmail, /);
    }
  });

  for (const fixture of gmailFixtures) {
    describe(fixture.name, () => {
      beforeEach(() => loadPage(fixture.name));

      for (const box of fixture.boxes) {
        it(`describes ${box.editor} as ${box.surface} with its subject and recipients`, () => {
          const editor = $(box.editor);
          const target = mustDescribe(editor);
          expect(target.editor).toBe(editor);
          expect(target.platform).toBe('gmail');
          expect(target.surface).toBe(box.surface);
          expect(target.subject?.()).toBe(box.subject);
          expect(target.recipients?.()).toEqual(box.recipients);
          expect(target.audience).toBeUndefined();
        });

        it('anchors the badge on the compose box itself, outside the editor', () => {
          const editor = $(box.editor);
          const { anchor } = mustDescribe(editor);
          expect(anchor).not.toBe(editor);
          expect(editor.contains(anchor)).toBe(false);
          expect(anchor.contains(editor)).toBe(true);
          expect(anchor.matches('[role="region"][data-compose-id]')).toBe(true);
        });

        it('finds the same editor when the focus path starts deep inside it', () => {
          const editor = $(box.editor);
          const inner = editor.querySelector('div div') ?? editor.firstElementChild!;
          expect(inner).not.toBeNull();
          expect(mustDescribe(inner.firstChild ?? inner).editor).toBe(editor);
        });

        it('recognises the box from a real focusin event path', () => {
          const editor = $(box.editor);
          let found: ComposeTarget | null = null;
          const listener = (event: Event) => {
            found = gmailAdapter.describe(event.composedPath());
          };
          document.addEventListener('focusin', listener, true);
          editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
          document.removeEventListener('focusin', listener, true);
          expect(found).not.toBeNull();
          expect(found!.editor).toBe(editor);
        });
      }

      it('leaves the search box, recipient inputs, subject input and buttons alone', () => {
        const unrelated = [
          'input[name="q"]',
          'input[peoplekit-id]',
          'input[name="subjectbox"]',
          '[data-compose-id] [role="option"]',
          '[data-compose-id] [role="button"]',
          '[role="navigation"] [role="button"]',
          'div[role="main"]',
        ];
        let checked = 0;
        for (const selector of unrelated) {
          for (const el of document.querySelectorAll(selector)) {
            expect(describeAt(el), selector).toBeNull();
            checked++;
          }
        }
        expect(checked).toBeGreaterThanOrEqual(5);
      });
    });
  }
});

describe('gmail-compose: the new-message window', () => {
  beforeEach(() => loadPage('gmail-compose'));

  it('reads the draft without the signature and its "-- " line', () => {
    const target = mustDescribe($('[g_editable="true"]'));
    expect(userText(target)).toBe(
      'Hi Anna and Lars,\n\n' +
        'thx for the interview yesterday!! I really enjoyed our conversation about the dashboard project, and I am very interested in the Junior Data Analyst role.\n\n' +
        'I look forward to hearing from you.\n\n' +
        'Best regards,\nJamie\n\n\n',
    );
    // Without the adapter's exclusions the signature would be read as the user's words.
    expect(extractText(target.editor).text).toContain('-- \nJamie Lee\nData analyst');
  });

  it('does not take spellcheck="false" on the body as opting out', () => {
    const editor = $('[g_editable="true"]');
    expect(editor.getAttribute('spellcheck')).toBe('false');
    expect(describeAt(editor)).not.toBeNull();
  });

  it('leaves a body alone that asks writing tools to stay out', () => {
    const editor = $('[g_editable="true"]');
    editor.setAttribute('data-gramm', 'false');
    expect(describeAt(editor)).toBeNull();
  });

  it('reads the subject as typed, and none when it is empty even with a thread open on the page', () => {
    const editor = $('[g_editable="true"]');
    const subjectbox = $('input[name="subjectbox"]') as HTMLInputElement;
    const target = mustDescribe(editor);
    subjectbox.value = '  Following up on our interview ';
    expect(target.subject!()).toBe('Following up on our interview');
    subjectbox.value = '';
    document.body.insertAdjacentHTML('afterbegin', '<h2 class="hP" data-thread-perm-id="thread-f:1">Another thread</h2>');
    expect(target.subject!()).toBeUndefined();
  });

  it('reads recipients as they change, and the address of a chip without a name', () => {
    const target = mustDescribe($('[g_editable="true"]'));
    const chip = $('[name="to"] [role="option"][data-name="Lars Holm"]');
    chip.removeAttribute('data-name');
    expect(target.recipients!()).toEqual(['Anna Berg', 'lars.holm@northwind.example', 'recruiting@northwind.example']);
    for (const row of document.querySelectorAll('[name="cc"] [role="option"]')) row.remove();
    expect(target.recipients!()).toEqual(['Anna Berg', 'lars.holm@northwind.example']);
  });

  it('reads the hidden recipient fields of the recipient rows before 2021', () => {
    const editor = $('[g_editable="true"]');
    for (const listbox of document.querySelectorAll('[data-compose-id] [role="listbox"]')) listbox.remove();
    $('[data-compose-id] form').insertAdjacentHTML(
      'beforeend',
      '<div class="vR"><span class="vN" email="anna.berg@northwind.example">Anna Berg</span><input type="hidden" name="to" value="Anna Berg &lt;anna.berg@northwind.example&gt;"></div>' +
        '<div class="vR"><span class="vN" email="lars.holm@northwind.example">lars.holm@northwind.example</span><input type="hidden" name="to" value="lars.holm@northwind.example"></div>' +
        '<div class="vR"><span class="vN" email="hr@northwind.example">&quot;Northwind HR&quot;</span><input type="hidden" name="cc" value="&quot;Northwind HR&quot; &lt;hr@northwind.example&gt;"></div>',
    );
    expect(mustDescribe(editor).recipients!()).toEqual(['Anna Berg', 'lars.holm@northwind.example', 'Northwind HR']);
  });

  it('reads hidden recipient fields a page filled with white space, in one pass', () => {
    // A regex with overlapping quantifiers took 0.8 s on 1,600 spaces, on Gmail's main thread; these
    // values (20,000 characters of white space each) would take it minutes: the test would not end.
    const editor = $('[g_editable="true"]');
    for (const listbox of document.querySelectorAll('[data-compose-id] [role="listbox"]')) listbox.remove();
    const form = $('[data-compose-id] form');
    const hidden = (name: string, value: string) => {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.append(input);
    };
    const blank = ' \t\n'.repeat(6_667);
    hidden('to', blank);
    hidden('to', `${blank}x`);
    hidden('to', `${blank}"Anna Berg" <anna.berg@northwind.example>${blank}`);
    hidden('cc', `${blank}<hr@northwind.example>`);
    expect(mustDescribe(editor).recipients!()).toEqual(['x', 'Anna Berg', 'hr@northwind.example']);
  });

  it('reads at most 1,000 characters of a hidden recipient field', () => {
    const editor = $('[g_editable="true"]');
    for (const listbox of document.querySelectorAll('[data-compose-id] [role="listbox"]')) listbox.remove();
    $('[data-compose-id] form').insertAdjacentHTML('beforeend', `<input type="hidden" name="to" value="${'a'.repeat(5000)}">`);
    expect(mustDescribe(editor).recipients!()).toEqual(['a'.repeat(1000)]);
  });

  it('returns null when the body lacks the markers of Gmail\'s compose field', () => {
    const editor = $('[g_editable="true"]');
    editor.removeAttribute('g_editable');
    editor.removeAttribute('role');
    editor.removeAttribute('aria-multiline');
    expect(describeAt(editor)).toBeNull();
  });

  it('still knows the body by role="textbox" and aria-multiline when g_editable is gone', () => {
    const editor = $('[g_editable="true"]');
    editor.removeAttribute('g_editable');
    expect(mustDescribe(editor).editor).toBe(editor);
  });

  it('returns null for a Gmail body that is in no compose box', () => {
    const editor = $('[g_editable="true"]');
    $('[data-compose-id]').removeAttribute('data-compose-id');
    $('input[name="composeid"]').remove();
    expect(describeAt(editor)).toBeNull();
  });

  it('returns null for a compose-like field outside the compose window, such as the signature editor in settings', () => {
    $('div[role="main"]').insertAdjacentHTML(
      'beforeend',
      '<div class="Ar Au"><div class="Am Al editable" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" aria-label="Signature">Jamie Lee</div></div>',
    );
    const signatureEditor = $('div[role="main"] [g_editable="true"]');
    expect(describeAt(signatureEditor)).toBeNull();
  });

  it('without data-compose-id, tells two compose windows apart by their own composeid forms', () => {
    const wrapper = $('.AD > div');
    wrapper.after(wrapper.cloneNode(true));
    for (const el of document.querySelectorAll('[data-compose-id]')) el.removeAttribute('data-compose-id');
    const [first, second] = [...document.querySelectorAll<HTMLElement>('[g_editable="true"]')];
    const secondChips = second.closest('[role="region"]')!.querySelectorAll('[role="option"]');
    for (const chip of secondChips) chip.setAttribute('data-name', 'Other Person');

    const a = mustDescribe(first);
    const b = mustDescribe(second);
    expect(a.anchor).toBe(first.closest('[role="region"]'));
    expect(b.anchor).toBe(second.closest('[role="region"]'));
    expect(a.recipients!()).toEqual(['Anna Berg', 'Lars Holm', 'recruiting@northwind.example']);
    expect(b.recipients!()).toEqual(['Other Person']);
  });

  it('without its own region, anchors on the container of its form, not on a region holding other windows', () => {
    const wrapper = $('.AD > div');
    wrapper.after(wrapper.cloneNode(true));
    for (const el of document.querySelectorAll('[data-compose-id]')) {
      el.removeAttribute('data-compose-id');
      el.removeAttribute('role');
    }
    $('.AD').setAttribute('role', 'region');
    const [first] = [...document.querySelectorAll<HTMLElement>('[g_editable="true"]')];
    const { anchor } = mustDescribe(first);
    expect(anchor).toBe(first.closest('td.I5'));
  });

  it('does not take a neighbouring compose window for the box of a body that has lost its own markers', () => {
    const wrapper = $('.AD > div');
    wrapper.after(wrapper.cloneNode(true));
    for (const el of document.querySelectorAll('[data-compose-id]')) el.removeAttribute('data-compose-id');
    const [first, second] = [...document.querySelectorAll<HTMLElement>('[g_editable="true"]')];
    first.closest('[role="region"]')!.querySelector('input[name="composeid"]')!.remove();
    expect(describeAt(first)).toBeNull();
    expect(mustDescribe(second).anchor).toBe(second.closest('[role="region"]'));
  });

  it('skips only what lies in a quote or signature, also when asked about text nodes', () => {
    const target = mustDescribe($('[g_editable="true"]'));
    const signatureText = $('.gmail_signature div').firstChild!;
    const userLine = target.editor.firstElementChild!.firstChild!;
    expect(target.isExcluded!(signatureText)).toBe(true);
    expect(target.isExcluded!($('.gmail_signature_prefix'))).toBe(true);
    expect(target.isExcluded!(userLine)).toBe(false);
    expect(target.isExcluded!(target.editor)).toBe(false);
    expect(target.isExcluded!($('input[name="subjectbox"]'))).toBe(false);
  });
});

describe('gmail-reply: the inline reply under a message', () => {
  beforeEach(() => loadPage('gmail-reply'));

  it('reads the reply without the signature and the quoted message', () => {
    const target = mustDescribe($('[g_editable="true"]'));
    const text = userText(target);
    expect(text).toBe(
      'Hi Anna,\n\nThanks for letting me know. I really need this job, so please let me know ASAP.\n\nBest regards,\nJamie\n\n\n\n\n',
    );
    for (const quoted of ['wrote:', 'decision', 'Head of Analytics', 'Data analyst', '--']) expect(text).not.toContain(quoted);
    // The quote is in the editor: without the adapter's exclusions it would be checked.
    expect(extractText(target.editor).text).toContain('we expect to make a decision by the end of next week');
  });

  it('takes the thread heading as subject, then the hidden "Re:" field when no heading matches', () => {
    const target = mustDescribe($('[g_editable="true"]'));
    expect(target.subject!()).toBe('Your interview with Northwind on Tuesday');
    $('h2[data-thread-perm-id]').setAttribute('data-thread-perm-id', 'thread-f:42');
    expect(target.subject!()).toBe('Re: Your interview with Northwind on Tuesday');
    // A thread field holding the legacy hex id finds the heading by data-legacy-thread-id.
    ($('input[name="rt"]') as HTMLInputElement).value = '#1958a3c2d4e5f617';
    expect(target.subject!()).toBe('Your interview with Northwind on Tuesday');
    $('h2[data-thread-perm-id]').remove();
    expect(target.subject!()).toBe('Re: Your interview with Northwind on Tuesday');
  });

  it('prefers a subject typed into the reply ("Edit subject") over the heading', () => {
    const target = mustDescribe($('[g_editable="true"]'));
    $('[data-compose-id] form').insertAdjacentHTML('beforeend', '<div class="aoD az6"><input name="subjectbox" value="Thank you, Anna"></div>');
    expect(target.subject!()).toBe('Thank you, Anna');
  });

  it('leaves the received message and its sender alone', () => {
    expect(describeAt($('.a3s'))).toBeNull();
    expect(describeAt($('h2[data-thread-perm-id]'))).toBeNull();
    expect(describeAt($('span[email][name="Anna Berg"]'))).toBeNull();
  });
});

describe('gmail-forward: the inline forward', () => {
  beforeEach(() => loadPage('gmail-forward'));

  it('reads the note above the forwarded message, without it and without the signature', () => {
    const target = mustDescribe($('[g_editable="true"]'));
    const text = userText(target);
    expect(text).toBe(
      'Dear Lars,\n\n' +
        'Thank you for the interview for the Junior Data Analyst position on Tuesday. As promised, I am forwarding the dashboards I sent to Anna. Honestly, I am the best candidate you will find.\n\n' +
        'I look forward to hearing from you.\n\n' +
        'Best regards,\nJamie\n\n\n\n\n',
    );
    for (const quoted of ['Forwarded message', 'municipal', 'Kind regards', 'linkedin.com']) expect(text).not.toContain(quoted);
    expect(extractText(target.editor).text).toContain('---------- Forwarded message ---------');
  });
});

describe('nameOrAddress (the recipients of the pre-2021 compose form)', () => {
  it('reads the name of "Name <address>", the address when there is no name, anything else as it is', () => {
    expect(nameOrAddress('"Anna Berg" <anna@firma.no>')).toBe('Anna Berg');
    expect(nameOrAddress('  Anna Berg <anna@firma.no> ')).toBe('Anna Berg');
    expect(nameOrAddress('<anna@firma.no>')).toBe('anna@firma.no');
    expect(nameOrAddress('anna@firma.no')).toBe('anna@firma.no');
    expect(nameOrAddress('Anna "B" Berg <a@b>')).toBe('Anna "B" Berg <a@b>');
  });
});
