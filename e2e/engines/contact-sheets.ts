/**
 * Writes docs/screenshots/engines-firefox.png, engines-webkit.png and engines-chromium-86.png from
 * the built deck (run `npm run build` first): every slide at 1920×1080 in current Chromium beside
 * the same slide in Firefox, in WebKit, and in Chromium 86 (the meeting-room floor), small, to compare the engines at a glance; beneath them, a few
 * slides on a 390×844 phone (the scroll view, opened from each slide's link), where lines are
 * shortest and a word split would show first. The full-size pictures are kept in a scratch
 * folder, whose path it prints, for a closer look.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { slideIdsInOrder } from '../content.ts';
import { chromiumLaunchOptions } from '../../tools/browser.ts';
import { launchChromium, launchChromium86 } from './chromium.ts';
import { until, type EngineDriver, type EngineName } from './driver.ts';
import { launchFirefox } from './firefox.ts';
import { launchWebKit } from './webkit.ts';
import { deckIsReady, fontsSettled, scrollViewPlace, showSlideById } from '../in-page.ts';
import { serveStatic } from '../../tools/static-server.ts';

const outDir = 'docs/screenshots';
const viewport = { width: 1920, height: 1080 };
const thumbnail = { width: 384, height: 216 };
const phone = { width: 390, height: 844 };
const phoneThumbnail = { width: 195, height: 422 };
/** The phone's pages to show: the cover, the longest texts, the quotations the issue found split. */
const phoneSlideIds = ['cover', 'opening', 'pillar-1', 'pillar-1-2', 'pillar-3', 'pillar-4-1'];
const fullSize = mkdtempSync(join(tmpdir(), 'deck-contact-sheets-'));

/** Every slide at rest in one engine, written to the scratch folder; returns the files by slide id. */
async function photograph(driver: EngineDriver, url: string): Promise<Map<string, string>> {
  const shots = new Map<string, string>();
  await driver.open(`${url}?transition=none&backgroundTransition=none`, viewport);
  await until('the deck to be ready', () => driver.evaluate(deckIsReady), Boolean, 15_000);
  await driver.evaluate(fontsSettled);
  for (const id of slideIdsInOrder) {
    await until(`slide ${id}`, () => driver.evaluate(showSlideById, id), Boolean);
    // The controls fade their colour and arrows in: let them finish, even on a busy machine.
    await new Promise((settle) => setTimeout(settle, 800));
    const file = `${driver.name}-${id}.png`;
    writeFileSync(join(fullSize, file), await driver.screenshot());
    shots.set(id, file);
  }
  return shots;
}

/** The phone's scroll view at each of phoneSlideIds, opened from its link; returns the files by slide id. */
async function photographPhone(driver: EngineDriver, url: string): Promise<Map<string, string>> {
  const shots = new Map<string, string>();
  for (const id of phoneSlideIds) {
    await driver.open(`${url}?transition=none#/${id}`, phone);
    await until('the deck to be ready', () => driver.evaluate(deckIsReady), Boolean, 15_000);
    await driver.evaluate(fontsSettled);
    await until(`${id} at the top of the scroll view`, () => driver.evaluate(scrollViewPlace, id), (place) => Math.abs(place.pageTop) < 2);
    await new Promise((settle) => setTimeout(settle, 800));
    const file = `${driver.name}-phone-${id}.png`;
    writeFileSync(join(fullSize, file), await driver.screenshot());
    shots.set(id, file);
  }
  return shots;
}

type Photographs = { label: string; shots: Map<string, string>; phoneShots: Map<string, string> };

function sheet(engines: Photographs[]): string {
  const image = (file: string) => `<img src="${file}" width="${thumbnail.width}" height="${thumbnail.height}">`;
  const cells = slideIdsInOrder
    .map((id) => `<figure><figcaption>${id}</figcaption><div>${engines.map((e) => image(e.shots.get(id)!)).join('')}</div></figure>`)
    .join('');
  const phoneImage = (file: string) => `<img src="${file}" width="${phoneThumbnail.width}" height="${phoneThumbnail.height}">`;
  const phoneCells = phoneSlideIds
    .map((id) => `<figure><figcaption>${id}</figcaption><div>${engines.map((e) => phoneImage(e.phoneShots.get(id)!)).join('')}</div></figure>`)
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px; background: #2b2b2b; color: #eee; font: 15px/1.3 sans-serif; width: max-content; }
    h1 { margin: 0 0 12px; font-size: 18px; font-weight: normal; }
    main { display: grid; grid-template-columns: repeat(2, auto); gap: 14px 24px; }
    figure { margin: 0; } figcaption { margin-bottom: 4px; color: #bbb; }
    figure div { display: flex; gap: 4px; } img { display: block; }
    main.phone { grid-template-columns: repeat(4, auto); }
    h2 { margin: 24px 0 12px; font-size: 18px; font-weight: normal; }
  </style><h1>${engines.map((e) => e.label).join(' | ')} — every slide at ${viewport.width}×${viewport.height}</h1><main>${cells}</main>` +
    `<h2>on a phone, ${phone.width}×${phone.height} (scroll view)</h2><main class="phone">${phoneCells}</main>`;
}

const server = await serveStatic(join(import.meta.dirname, '..', '..', 'dist'));
const taken: Partial<Record<EngineName, Photographs>> = {};
try {
  for (const launch of [launchChromium, launchFirefox, launchWebKit, launchChromium86]) {
    const driver = await launch();
    try {
      const shots = await photograph(driver, server.url);
      taken[driver.name] = { label: driver.version, shots, phoneShots: await photographPhone(driver, server.url) };
      console.log(`${driver.version}: ${slideIdsInOrder.length} slides`);
    } finally {
      await driver.close();
    }
  }
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    for (const other of ['firefox', 'webkit', 'chromium-86'] as const) {
      const html = join(fullSize, `chromium-${other}.html`);
      writeFileSync(html, sheet([taken.chromium!, taken[other]!]));
      await page.goto(pathToFileURL(html).href);
      await page.screenshot({ path: `${outDir}/engines-${other}.png`, fullPage: true });
    }
  } finally {
    await browser.close();
  }
  console.log(`wrote ${outDir}/engines-firefox.png, engines-webkit.png and engines-chromium-86.png; full size in ${fullSize}`);
} finally {
  await server.close();
}
