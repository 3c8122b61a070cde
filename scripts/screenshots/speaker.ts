import type { Browser } from '@playwright/test';
import { deckIsReady } from '../../tools/deck-ready.ts';

/** The speaker view and its cue script, as a presenter's laptop shows them, at two window sizes. */
export async function speakerShots(browser: Browser, url: string, outDir: string): Promise<number> {
  const sizes = [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ];
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url + '#/pillar-4-1');
  await page.waitForFunction(deckIsReady);
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  let written = 0;
  for (const size of sizes) {
    await speaker.setViewportSize(size);
    await speaker.locator('.speaker__notes').waitFor();
    await speaker.evaluate(() => document.fonts.ready);
    await speaker.screenshot({ path: `${outDir}/speaker-view-${size.width}.png` });
    await speaker.locator('.speaker__cue-toggle').click();
    await speaker.waitForTimeout(200);
    await speaker.screenshot({ path: `${outDir}/cue-script-${size.width}.png` });
    await speaker.locator('.speaker__cue-toggle').click();
    written += 2;
  }
  await page.close();
  return written;
}
