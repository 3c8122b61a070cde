import puppeteer, { type KeyInput } from 'puppeteer-core';
import { firefoxExecutable } from '../../tools/browser.ts';
import { scriptCalling, type EngineDriver, type Key, type Viewport } from './driver.ts';

/** Firefox (Gecko), headless, driven by puppeteer-core over WebDriver BiDi. */
export async function launchFirefox(): Promise<EngineDriver> {
  const executablePath = firefoxExecutable();
  if (!executablePath) throw new Error('Firefox not found: install firefox-esr (apt) or set FIREFOX_PATH');
  // Firefox's popup blocker is off here: Firefox's remote agent sets dom.disable_open_during_load
  // to false (its recommended preferences) unless the profile has a value of its own, and true,
  // the default, set in the profile (extraPrefsFirefox) was tried and left the blocker off. Only
  // remote.prefs.recommended: false brings it back, and that changes much else besides.
  const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath, headless: true });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const version = await browser.version();
  let size = '';

  return {
    name: 'firefox',
    version,
    async open(url: string, viewport: Viewport) {
      if (size !== `${viewport.width}×${viewport.height}`) await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
      size = `${viewport.width}×${viewport.height}`;
      await page.goto('about:blank');
      await page.goto(url);
    },
    evaluate(fn: (arg?: never) => unknown, arg?: unknown) {
      // A string is evaluated as an expression: wrap the function body in one.
      return page.evaluate(`(() => { ${scriptCalling(fn, arg)} })()`);
    },
    async evaluateInWindow(windowName: string, fn: (arg?: never) => unknown, arg?: unknown) {
      for (const other of await browser.pages()) {
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
      await page.keyboard.press((key === 'Space' ? ' ' : key) as KeyInput);
    },
    async screenshot() {
      return Buffer.from(await page.screenshot({ type: 'png' }));
    },
    async close() {
      await browser.close();
    },
  } as EngineDriver;
}
