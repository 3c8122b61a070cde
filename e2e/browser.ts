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
