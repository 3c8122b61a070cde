import { browserFloor, type Engine } from '../theme/browser-floor.ts';

export interface BrowserVersion {
  /** As the pre-flight check names it: the browser's own name where the address bar's user agent gives one. */
  name: string;
  engine: Engine | undefined;
  /** The engine's major version (for iOS, the system's: every browser there is its WebKit). */
  version: number | undefined;
  /** Below the deck's floor for that engine. */
  tooOld: boolean;
}

/** Chinese browsers on Chromium name themselves in the user agent after Chrome's token. */
const CHROMIUM_BRANDS: [RegExp, string][] = [
  [/\bQIHU 360|\b360SE|\b360EE/i, '360 安全浏览器'],
  [/\bQianxin/i, '奇安信可信浏览器'],
  [/\bEdg\//, 'Microsoft Edge'],
  [/\bQQBrowser/, 'QQ 浏览器'],
  [/\bMicroMessenger/, '微信'],
];

/** Which browser, engine and version a user agent string names, and whether it is below the floor. */
export function browserVersion(userAgent: string): BrowserVersion {
  const major = (pattern: RegExp) => {
    const found = pattern.exec(userAgent);
    return found ? Number(found[1]) : undefined;
  };
  const ios = /\b(?:iPhone|iPad|iPod)\b/.test(userAgent);
  const firefox = major(/\bFirefox\/(\d+)/);
  const chrome = major(/(?:Chrome|Chromium)\/(\d+)/); // HeadlessChrome/ too
  let engine: Engine | undefined;
  let version: number | undefined;
  let name: string;
  if (ios) {
    engine = 'safari';
    version = major(/\bOS (\d+)_\d+/);
    name = /\bMicroMessenger/.test(userAgent) ? '微信（iOS）' : 'Safari（iOS）';
  } else if (firefox !== undefined) {
    [engine, version, name] = ['firefox', firefox, 'Firefox'];
  } else if (chrome !== undefined) {
    [engine, version] = ['chrome', chrome];
    name = CHROMIUM_BRANDS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? 'Chrome / Chromium';
  } else if (/\bSafari\//.test(userAgent)) {
    [engine, version, name] = ['safari', major(/\bVersion\/(\d+)/), 'Safari'];
  } else {
    name = userAgent.split(' ').pop() ?? userAgent;
  }
  const shown = version === undefined ? name : `${name} ${version}`;
  return { name: shown, engine, version, tooOld: engine !== undefined && version !== undefined && version < browserFloor[engine] };
}

/** The floor as the check names it: "Chromium 86、Firefox 78、Safari 14". */
export function floorText(): string {
  const names: Record<Engine, string> = { chrome: 'Chromium', firefox: 'Firefox', safari: 'Safari' };
  return (Object.entries(browserFloor) as [Engine, number][]).map(([engine, version]) => `${names[engine]} ${version}`).join('、');
}
