/**
 * npm run screenshots: PNGs of the extension at work — the inline warnings and card on each
 * site fixture, the side panel, the popup and the options page — in English and Norwegian,
 * saved to docs/screenshots (or the folder given as the first argument).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixtureNamed, launchBrowser, ROOT, uiClick, waitForCheck, type Browser } from '../tests/e2e/harness';

type ShotLang = 'en' | 'nb';

/** What to type on each surface, per language: follow-ups with a few things to fix. */
const DRAFTS: Record<ShotLang, { message: string; post: string; note: string }> = {
  en: {
    message: 'Hey Maria, thanks for the interview yesterday about the recruiter role. Gonna send my portfolio tomorrow!!',
    post: 'So excited to share that I just interviewed with Northwind for the analyst position! Huge thanks to Maria. #blessed',
    note: 'Hi Maria, thank you for the interview today about the recruiter role. Would love to connect here!',
  },
  nb: {
    message: 'Hei Maria! Takk for intervjuet i går om stillingen som rekrutterer. Det var sykt kult, gleder meg masse!!',
    post: 'Stolt og glad! I dag har jeg vært på jobbintervju hos Nordvind om stillingen som analytiker. Takk til Maria! #blessed',
    note: 'Hei Maria, takk for intervjuet i dag om stillingen som rekrutterer. Vil gjerne koble meg på her!',
  },
};

const SHOTS: { fixture: string; box: number; kind: keyof (typeof DRAFTS)['en']; hash?: string }[] = [
  { fixture: 'gmail-compose', box: 0, kind: 'message' },
  { fixture: 'linkedin-messaging', box: 0, kind: 'message' },
  { fixture: 'linkedin-post', box: 0, kind: 'post' },
  { fixture: 'linkedin-comment', box: 0, kind: 'post' },
  { fixture: 'linkedin-invite', box: 0, kind: 'note' },
  { fixture: 'facebook-post', box: 0, kind: 'post', hash: 'audience=public' },
  { fixture: 'facebook-messenger', box: 0, kind: 'message' },
];

async function setUiLang(browser: Browser, lang: ShotLang): Promise<void> {
  const page = await browser.extensionPage('options.html');
  await page.evaluate(`chrome.storage.local.set({ settings: { uiLang: '${lang}', adviceLang: 'auto' } })`);
  await page.close();
}

async function shootSite(browser: Browser, shot: (typeof SHOTS)[number], lang: ShotLang, outDir: string): Promise<string> {
  const fixture = fixtureNamed(shot.fixture);
  const box = fixture.boxes[shot.box];
  const page = await browser.open(fixture, shot.hash);
  const editor = page.locator(box.editor.includes('>>>') ? box.editor.split('>>>')[1].trim() : box.editor).first();
  await editor.focus();
  if (shot.fixture.startsWith('gmail')) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
  }
  await page.keyboard.type(DRAFTS[lang][shot.kind]);
  await waitForCheck(page, (n) => (n ?? 0) > 0);
  await uiClick(page, 'button[data-part="badge"]');
  await page.waitForTimeout(300);
  const file = join(outDir, `${shot.fixture}-${lang}.png`);
  await page.screenshot({ path: file });
  await page.close();
  return file;
}

async function shootPage(browser: Browser, path: string, name: string, lang: ShotLang, outDir: string, size: { width: number; height: number }): Promise<string> {
  const page = await browser.extensionPage(path);
  await page.setViewportSize(size);
  await page.waitForTimeout(600);
  const file = join(outDir, `${name}-${lang}.png`);
  await page.screenshot({ path: file, fullPage: name === 'options' });
  await page.close();
  return file;
}

export async function takeScreenshots(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const browser = await launchBrowser();
  const files: string[] = [];
  try {
    for (const lang of ['en', 'nb'] as const) {
      await setUiLang(browser, lang);
      for (const shot of SHOTS) files.push(await shootSite(browser, shot, lang, outDir));
      // The side panel and popup follow the draft typed last.
      const site = await browser.open(fixtureNamed('linkedin-messaging'));
      await site.locator(fixtureNamed('linkedin-messaging').boxes[0].editor).focus();
      await site.keyboard.type(DRAFTS[lang].message);
      await waitForCheck(site, (n) => (n ?? 0) > 0);
      files.push(await shootPage(browser, 'sidepanel.html', 'sidepanel', lang, outDir, { width: 380, height: 900 }));
      files.push(await shootPage(browser, 'popup.html', 'popup', lang, outDir, { width: 400, height: 700 }));
      files.push(await shootPage(browser, 'options.html', 'options', lang, outDir, { width: 900, height: 900 }));
      await site.close();
    }
  } finally {
    await browser.close();
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? join(ROOT, 'docs', 'screenshots');
  const files = await takeScreenshots(out);
  console.log(`${files.length} screenshots in ${out}`);
}
