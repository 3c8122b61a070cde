import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.ts';
import { scriptCalling, type EngineDriver, type Key, type Viewport } from './driver.ts';

/**
 * Chromium through Playwright, behind the same EngineDriver as the other engines: for scripts
 * that treat all three alike (scripts/contact-sheets.ts). The tests drive Chromium with Playwright itself.
 */
export async function launchChromium(): Promise<EngineDriver> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  return {
    name: 'chromium',
    version: `chromium/${browser.version()}`,
    async open(url: string, viewport: Viewport) {
      await page.setViewportSize(viewport);
      await page.goto('about:blank');
      await page.goto(url);
    },
    evaluate(fn: (arg?: never) => unknown, arg?: unknown) {
      return page.evaluate(`(() => { ${scriptCalling(fn, arg)} })()`);
    },
    async press(key: Key) {
      await page.keyboard.press(key);
    },
    screenshot: () => page.screenshot(),
    close: () => browser.close(),
  } as EngineDriver;
}
