import { chromium, type LaunchOptions } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tools/browser.ts';
import { chromium86LaunchOptions } from '../chromium-86.ts';
import { scriptCalling, type EngineDriver, type Key, type Viewport } from './driver.ts';

/**
 * Chromium through Playwright, behind the same EngineDriver as the other engines: for scripts
 * that treat all three alike (e2e/engines/contact-sheets.ts). The tests drive Chromium with Playwright itself.
 */
export function launchChromium(): Promise<EngineDriver> {
  return launch('chromium', chromiumLaunchOptions());
}

/** The real Chromium 86 of e2e/chromium-86.ts, fetched the first time. */
export function launchChromium86(): Promise<EngineDriver> {
  return launch('chromium-86', chromium86LaunchOptions());
}

async function launch(name: 'chromium' | 'chromium-86', options: LaunchOptions): Promise<EngineDriver> {
  const browser = await chromium.launch(options);
  const page = await browser.newPage();
  return {
    name,
    version: `chromium/${browser.version()}`,
    async open(url: string, viewport: Viewport) {
      await page.setViewportSize(viewport);
      await page.goto('about:blank');
      await page.goto(url);
    },
    evaluate(fn: (arg?: never) => unknown, arg?: unknown) {
      return page.evaluate(`(() => { ${scriptCalling(fn, arg)} })()`);
    },
    async evaluateInWindow(windowName: string, fn: (arg?: never) => unknown, arg?: unknown) {
      for (const other of page.context().pages()) {
        // A window closing meanwhile answers no name.
        const name = await other.evaluate(() => window.name).catch(() => undefined);
        if (name === windowName) return other.evaluate(`(() => { ${scriptCalling(fn, arg)} })()`);
      }
      return undefined;
    },
    async reload() {
      await page.reload();
    },
    async press(key: Key) {
      await page.keyboard.press(key);
    },
    screenshot: () => page.screenshot(),
    close: () => browser.close(),
  } as EngineDriver;
}
