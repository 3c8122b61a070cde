import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Builder, By, Capabilities, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import { miniBrowserExecutable, webkitDriverExecutable, xvfbExecutable } from '../../tools/browser.ts';
import { cropPng } from '../in-page.ts';
import { scriptCalling, until, type EngineDriver, type Key, type Viewport } from './driver.ts';

const seleniumKeys: Record<Key, string> = {
  ArrowRight: SeleniumKey.ARROW_RIGHT,
  ArrowLeft: SeleniumKey.ARROW_LEFT,
  ArrowDown: SeleniumKey.ARROW_DOWN,
  ArrowUp: SeleniumKey.ARROW_UP,
  Space: SeleniumKey.SPACE,
  PageDown: SeleniumKey.PAGE_DOWN,
  PageUp: SeleniumKey.PAGE_UP,
  Home: SeleniumKey.HOME,
  End: SeleniumKey.END,
  Escape: SeleniumKey.ESCAPE,
  F5: SeleniumKey.F5,
  s: 's',
};

/** Big enough for a 1920×1080 viewport plus MiniBrowser's toolbar. */
const SCREEN = '2200x1400x24';

/** A TCP port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** A process's last words, for an error message. */
function collectOutput(child: ChildProcess): () => string {
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output.trim();
}

/**
 * Starts Xvfb on $XVFB_DISPLAY (e.g. ":91"), or on the first free display, which Xvfb picks and
 * reports itself (-displayfd). Returns the display and the process.
 */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = xvfbExecutable();
  if (!xvfb) throw new Error('Xvfb not found: install xvfb (apt) or set XVFB_PATH');
  const fixed = process.env.XVFB_DISPLAY;
  const args = ['-screen', '0', SCREEN, '-nolisten', 'tcp', ...(fixed ? [fixed] : ['-displayfd', '3'])];
  const child = spawn(xvfb, args, { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  const output = collectOutput(child);
  const display = await new Promise<string>((resolve, reject) => {
    const failed = () => reject(new Error(`Xvfb did not start: ${output()}`));
    child.once('exit', failed);
    child.once('error', reject);
    if (fixed) {
      // Xvfb prints nothing when ready: wait for its socket.
      void until(`Xvfb on ${fixed}`, async () => existsSync(`/tmp/.X11-unix/X${fixed.slice(1)}`), Boolean, 5000)
        .then(() => resolve(fixed), reject)
        .finally(() => child.off('exit', failed));
    } else {
      child.stdio[3]!.once('data', (chunk: Buffer) => {
        child.off('exit', failed);
        resolve(`:${chunk.toString().trim()}`);
      });
    }
  });
  return { display, process: child };
}

/** Starts WebKitWebDriver on $WEBKIT_DRIVER_PORT or a free port, drawing on `display`, and waits until it answers. */
async function startWebKitDriver(display: string): Promise<{ url: string; process: ChildProcess }> {
  const driver = webkitDriverExecutable();
  if (!driver) throw new Error('WebKitWebDriver not found: install webkit2gtk-driver (apt) or set WEBKIT_DRIVER_PATH');
  const port = Number(process.env.WEBKIT_DRIVER_PORT ?? (await freePort()));
  const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collectOutput(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await until(
      'WebKitWebDriver to answer',
      async () => {
        if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${output()}`);
        return fetch(`${url}/status`).then((r) => r.ok, () => false);
      },
      Boolean,
      10_000,
    );
  } catch (error) {
    child.kill();
    throw error;
  }
  return { url, process: child };
}

/**
 * WebKit as iPhones and WeChat run it: WebKitGTK's MiniBrowser, driven by selenium-webdriver
 * through WebKitWebDriver, drawing into an Xvfb display. The harness starts and stops both.
 *
 * MiniBrowser's window cannot be narrower than its toolbar (about 450 px), so a narrower viewport,
 * a phone's, is an iframe of exactly that size in a host page: the deck is its own document there,
 * with its own viewport and media queries, as in any browser; scripts and keys go to the frame.
 */
export async function launchWebKit(): Promise<EngineDriver> {
  const binary = miniBrowserExecutable();
  if (!binary) throw new Error('MiniBrowser not found: install webkit2gtk-driver (apt) or set MINIBROWSER_PATH');
  const xvfb = await startXvfb();
  const stopAll: (() => unknown)[] = [() => xvfb.process.kill()];
  const stop = async () => {
    for (const step of stopAll.reverse()) await step();
  };
  try {
    const server = await startWebKitDriver(xvfb.display);
    stopAll.push(() => server.process.kill());
    const capabilities = new Capabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    });
    const driver: WebDriver = await new Builder().usingServer(server.url).withCapabilities(capabilities).build();
    stopAll.push(() => driver.quit().catch(() => undefined));
    const version = `MiniBrowser (WebKitGTK ${(await driver.getCapabilities()).get('browserVersion')})`;
    return webkitDriver(driver, version, stop);
  } catch (error) {
    await stop();
    throw error;
  }
}

/** In the host page: replaces the viewport iframe with a new one showing `url` (a fresh load), calling back once it has loaded. */
const REPLACE_FRAME = `
  const [url, done] = arguments;
  const old = document.getElementById('viewport');
  const frame = old.cloneNode();
  frame.onload = () => done(true);
  frame.src = url;
  old.replaceWith(frame);`;

function webkitDriver(driver: WebDriver, version: string, stop: () => Promise<void>): EngineDriver {
  const host = join(mkdtempSync(join(tmpdir(), 'deck-webkit-')), 'viewport.html');
  let shown: { viewport: Viewport; framed: boolean } | undefined;

  /** Sizes the window so its viewport is `viewport`; false when the window cannot be that narrow. */
  async function sizeWindow(viewport: Viewport): Promise<boolean> {
    const inner = () => driver.executeScript<[number, number]>('return [innerWidth, innerHeight]');
    const [width, height] = await inner();
    if (width === viewport.width && height === viewport.height) return true;
    const outer = await driver.manage().window().getRect();
    await driver.manage().window().setRect({ x: 0, y: 0, width: outer.width - width + viewport.width, height: outer.height - height + viewport.height });
    // The window may take a moment to take its new size on a busy machine: a desktop viewport
    // once read short and was framed, which reload() does not support.
    // Read until the size is right, or has stopped changing (a window narrower than its toolbar
    // never gets there), for at most a second.
    const before = `${width}x${height}`;
    let last = before;
    for (let tries = 0; ; tries++) {
      const [w, h] = await inner();
      if (w === viewport.width && h === viewport.height) return true;
      const now = `${w}x${h}`;
      if ((now !== before && now === last) || tries >= 10) return false;
      last = now;
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }

  /** Sets the window up for this viewport: the window's own, or an iframe of that size in a host page. */
  async function show(viewport: Viewport): Promise<boolean> {
    if (shown?.viewport.width === viewport.width && shown.viewport.height === viewport.height) return shown.framed;
    await driver.get('about:blank');
    const framed = !(await sizeWindow(viewport));
    if (framed) {
      await sizeWindow({ width: Math.max(viewport.width + 100, 800), height: viewport.height + 100 });
      const style = `display:block;border:0;width:${viewport.width}px;height:${viewport.height}px`;
      writeFileSync(host, `<!doctype html><meta charset="utf-8"><body style="margin:0"><iframe id="viewport" style="${style}"></iframe>`);
      await driver.get(pathToFileURL(host).href);
    }
    shown = { viewport, framed };
    return framed;
  }

  return {
    name: 'webkit',
    version,
    async open(url: string, viewport: Viewport) {
      await driver.switchTo().defaultContent();
      if (!(await show(viewport))) {
        await driver.get('about:blank');
        return void (await driver.get(url));
      }
      await driver.executeAsyncScript(REPLACE_FRAME, url);
      await driver.switchTo().frame(await driver.findElement(By.id('viewport')));
    },
    evaluate(fn: (arg?: never) => unknown, arg?: unknown) {
      return driver.executeScript(scriptCalling(fn, arg));
    },
    async evaluateInWindow(windowName: string, fn: (arg?: never) => unknown, arg?: unknown) {
      // WebDriver runs scripts in one window at a time: visit each of the others, then come back.
      const main = await driver.getWindowHandle();
      try {
        for (const handle of await driver.getAllWindowHandles()) {
          if (handle === main) continue;
          // A window closing meanwhile cannot be switched to, or answers no name.
          const name = await driver
            .switchTo()
            .window(handle)
            .then(() => driver.executeScript('return window.name'))
            .catch(() => undefined);
          if (name === windowName) return await driver.executeScript(scriptCalling(fn, arg));
        }
        return undefined;
      } finally {
        await driver.switchTo().window(main);
        if (shown?.framed) await driver.switchTo().frame(await driver.findElement(By.id('viewport')));
      }
    },
    async reload() {
      if (shown?.framed) throw new Error('reload() of a phone-sized (framed) viewport is not implemented: no check needs it yet');
      await driver.navigate().refresh();
    },
    async press(key: Key) {
      await driver.actions().sendKeys(seleniumKeys[key]).perform();
    },
    async screenshot() {
      const png = await driver.takeScreenshot();
      if (!shown?.framed) return Buffer.from(png, 'base64');
      // WebKitGTK's element screenshot of an iframe misses layers of the page inside: cut the
      // frame, at the host page's top left, out of the whole window's picture instead.
      await driver.switchTo().defaultContent();
      const cropped = await driver.executeScript<string>(scriptCalling(cropPng, { png, ...shown.viewport }));
      await driver.switchTo().frame(await driver.findElement(By.id('viewport')));
      return Buffer.from(cropped, 'base64');
    },
    close: stop,
  } as EngineDriver;
}
