/**
 * The meeting room's screens, through the Window Management API (Chromium ≥ 100): whether a
 * second screen is connected (`screen.isExtended`, no permission needed), and, once the presenter
 * allows it, which is the laptop and which the projector. Elsewhere (Firefox, Safari, older
 * Chromium cores) there is no API and the deck presents where it is.
 */

/** A screen as the API describes it (not yet in TypeScript's DOM types). */
export interface ScreenDetailed {
  readonly availLeft: number;
  readonly availTop: number;
  readonly availWidth: number;
  readonly availHeight: number;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly isPrimary: boolean;
  readonly isInternal: boolean;
  readonly label: string;
}

interface ScreenDetails {
  readonly screens: readonly ScreenDetailed[];
  readonly currentScreen: ScreenDetailed;
}

interface WindowManagement {
  getScreenDetails?: () => Promise<ScreenDetails>;
}

/** What the room offers for presenting. */
export type Screens =
  | { kind: 'two'; laptop: ScreenDetailed; projector: ScreenDetailed; all: readonly ScreenDetailed[] }
  /** A second screen is there, and the browser will ask the presenter once before the deck may use it. */
  | { kind: 'ask' }
  | { kind: 'one' }
  | { kind: 'refused' }
  | { kind: 'no-api' };

/** The screens once the presenter has been asked, or nothing was to ask. */
export type KnownScreens = Exclude<Screens, { kind: 'ask' }>;

const api = () => window as unknown as WindowManagement;
const extended = () => (window.screen as Screen & { isExtended?: boolean }).isExtended;

/** The permission's state, under its current name or the name Chromium 100–110 gave it. */
async function permission(): Promise<PermissionState | undefined> {
  for (const name of ['window-management', 'window-placement']) {
    try {
      return (await navigator.permissions.query({ name: name as PermissionName })).state;
    } catch {
      // That name is unknown to this browser: try the other.
    }
  }
  return undefined;
}

/**
 * Which screen is the laptop's (the speaker view goes there) and which the projector's: the
 * laptop is the built-in screen, else the primary one (where Windows puts the taskbar), else the
 * one the deck is on; the projector is the largest other one.
 */
export function assignScreens(screens: readonly ScreenDetailed[], current: ScreenDetailed): { laptop: ScreenDetailed; projector: ScreenDetailed } | undefined {
  const laptop = screens.find((s) => s.isInternal) ?? screens.find((s) => s.isPrimary) ?? current;
  const others = screens.filter((s) => s !== laptop).sort((a, b) => b.width * b.height - a.width * a.height);
  return others[0] ? { laptop, projector: others[0] } : undefined;
}

/**
 * The screens, without asking for anything: `ask` when a second screen is there but the
 * presenter has not yet allowed the deck to use it (`allowScreens` asks).
 */
export async function detectScreens(): Promise<Screens> {
  if (typeof api().getScreenDetails !== 'function' || extended() === undefined) return { kind: 'no-api' };
  if (!extended()) return { kind: 'one' };
  const state = await permission();
  if (state === 'denied') return { kind: 'refused' };
  if (state !== 'granted') return { kind: 'ask' };
  return screensInDetail();
}

/** Asks the browser for the screens (it shows its permission prompt the first time). */
export async function allowScreens(): Promise<KnownScreens> {
  if (typeof api().getScreenDetails !== 'function') return { kind: 'no-api' };
  return screensInDetail();
}

async function screensInDetail(): Promise<KnownScreens> {
  let details: ScreenDetails;
  try {
    details = await api().getScreenDetails!();
  } catch {
    return { kind: 'refused' };
  }
  const pair = assignScreens(details.screens, details.currentScreen);
  return pair ? { kind: 'two', ...pair, all: details.screens } : { kind: 'one' };
}

/** Where a window fills a screen's usable area: left, top, width, height for window.open. */
export function areaOf(screen: ScreenDetailed): { left: number; top: number; width: number; height: number } {
  return { left: screen.availLeft, top: screen.availTop, width: screen.availWidth, height: screen.availHeight };
}
