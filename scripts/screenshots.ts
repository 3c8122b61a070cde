/**
 * Writes the reference screenshots in docs/screenshots/ from the built deck (run `npm run build`
 * first): one per slide kind on a 16:9 screen, the phone's scroll view, and the speaker view and
 * cue script at 1280×800 and 1920×1080.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../tools/browser.ts';
import { speakerShots } from './screenshots/speaker.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

const outDir = 'docs/screenshots';
const shots = [
  { file: 'cover', hash: '#/cover' },
  { file: 'opening', hash: '#/opening' },
  { file: 'overview', hash: '#/overview' },
  { file: 'pillar', hash: '#/pillar-1' },
  { file: 'measure', hash: '#/pillar-3-2' },
  { file: 'closing', hash: '#/closing' },
];

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync(outDir, { recursive: true });
try {
  const screen = await browser.newPage({ viewport: { width: 768, height: 432 } });
  for (const { file, hash } of shots) {
    await screen.goto(url + hash);
    await screen.waitForFunction(deckIsReady);
    await screen.evaluate(() => document.fonts.ready);
    await screen.evaluate(() => document.fonts.ready);
    await screen.waitForTimeout(400); // let the slide transition settle
    await screen.screenshot({ path: `${outDir}/${file}.png` });
  }
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  await phone.goto(url + '#/pillar-1-1');
  await phone.waitForFunction(deckIsReady);
  await phone.evaluate(() => document.fonts.ready);
  await phone.waitForTimeout(400);
  await phone.screenshot({ path: `${outDir}/phone.png` });
  const presenter = await speakerShots(browser, url, outDir);
  console.log(`wrote ${shots.length + 1 + presenter} screenshots to ${outDir}/`);
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
