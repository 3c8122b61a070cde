import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Which Chromium to drive: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium when present
 * (CI and machines that cannot download Playwright's browsers), else Playwright's own.
 * The flags keep Chromium from calling home, which a closed network punishes with errors.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  const executablePath = candidates.find((path): path is string => !!path && existsSync(path));
  return {
    ...(executablePath === undefined ? {} : { executablePath }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
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
