import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LaunchOptions } from '@playwright/test';

/** The flags that keep Chromium from calling home, which a closed network punishes with errors. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Which Chromium to drive: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium when present
 * (CI and machines that cannot download Playwright's browsers), else Playwright's own.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = systemChromium();
  return { ...(executablePath === undefined ? {} : { executablePath }), args: CHROMIUM_ARGS };
}

/** $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium when present. */
function systemChromium(): string | undefined {
  return firstExisting('CHROMIUM_PATH', ['/usr/bin/chromium']);
}

/**
 * puppeteer-core, which `npm run pdf` and `npm run handover` drive Chromium with: it loads in a
 * third of the time Playwright takes. Its CommonJS build: under tsx, half the time of its ES
 * modules (0.2 s against 0.35 s on the 2-core machine).
 */
export function loadPuppeteer(): typeof import('puppeteer-core').default {
  return (createRequire(import.meta.url)('puppeteer-core') as typeof import('puppeteer-core')).default;
}

/**
 * Chromium's own browser UI, which a headless browser never shows: since Chromium 13x it loads
 * the address bar's popup (a WebUI page in a renderer of its own) at start, about 0.7 s of CPU that
 * `npm run pdf` waited on. puppeteer-core merges this with its own disabled features; Playwright
 * would replace its list, so its launches go without.
 */
const NO_BROWSER_UI = '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup';

/**
 * `flags` with Chromium's browser UI off (NO_BROWSER_UI), its features joined to the flags' own
 * `--disable-features` list: Chromium reads only the last such flag, so a second would undo the first.
 */
export function withoutBrowserUi(flags: readonly string[]): string[] {
  const prefix = '--disable-features=';
  const features = NO_BROWSER_UI.slice(prefix.length);
  const at = flags.findIndex((flag) => flag.startsWith(prefix));
  if (at < 0) return [...flags, NO_BROWSER_UI];
  return flags.map((flag, i) => (i === at ? `${flag},${features}` : flag));
}

/** The same Chromium and flags for puppeteer-core. Without a system Chromium, Playwright's own (loaded only then). */
export async function puppeteerLaunchOptions(): Promise<{ executablePath: string; args: string[] }> {
  const executablePath = systemChromium() ?? (await import('playwright-core')).chromium.executablePath();
  return { executablePath, args: [...CHROMIUM_ARGS, NO_BROWSER_UI] };
}

/** The first of these paths that exists; an environment variable, when set, comes first. */
function firstExisting(envVariable: string, candidates: readonly string[]): string | undefined {
  return [process.env[envVariable], ...candidates].find((path): path is string => !!path && existsSync(path));
}

/** Firefox (Gecko): $FIREFOX_PATH, else Debian's firefox-esr, else a firefox on the usual paths. */
export function firefoxExecutable(): string | undefined {
  return firstExisting('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox']);
}

/** WebKitGTK's WebDriver server: $WEBKIT_DRIVER_PATH, else Debian's webkit2gtk-driver. */
export function webkitDriverExecutable(): string | undefined {
  return firstExisting('WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver']);
}

/** The browser WebKitWebDriver starts: $MINIBROWSER_PATH, else the MiniBrowser of Debian's libwebkit2gtk. */
export function miniBrowserExecutable(): string | undefined {
  return firstExisting('MINIBROWSER_PATH', [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  ]);
}

/** The virtual X server WebKitGTK draws into when there is no screen: $XVFB_PATH, else Debian's xvfb. */
export function xvfbExecutable(): string | undefined {
  return firstExisting('XVFB_PATH', ['/usr/bin/Xvfb']);
}
