/**
 * The little the engine checks need from a browser, so one set of checks drives Firefox
 * (puppeteer-core over WebDriver BiDi) and WebKit (selenium-webdriver and WebKitWebDriver) alike.
 */
export type EngineName = 'chromium' | 'chromium-86' | 'firefox' | 'webkit';

export interface Viewport {
  width: number;
  height: number;
}

export type Key = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp' | 'Space' | 'PageDown' | 'PageUp' | 'Home' | 'End' | 'Escape' | 'F5' | 's';

export interface EngineDriver {
  readonly name: EngineName;
  /** The browser's own name and version, e.g. "firefox/153.8.0". */
  readonly version: string;
  /** Loads `url` as a new page (never a jump within the page already open) with a viewport of this size. */
  open(url: string, viewport: Viewport): Promise<void>;
  /** Runs a self-contained function (see e2e/in-page.ts) in the page and returns its JSON result. */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs a self-contained function, as evaluate() does, in another top-level window of the browser:
   * the one whose window.name is `windowName` (a popup the page opened by that name, such as the
   * speaker view). Resolves to undefined while no window has that name. The page opened by open()
   * stays the one that evaluate(), press() and reload() act on.
   */
  evaluateInWindow<R>(windowName: string, fn: () => R | Promise<R>): Promise<R | undefined>;
  evaluateInWindow<A, R>(windowName: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R | undefined>;
  /**
   * Reloads the page opened by open(), as the browser's reload button does (the deck keeps F5 for
   * starting the show), and resolves once it has loaded. (WebKit: not yet for a phone-sized
   * viewport, which is a frame there: see webkit.ts.)
   */
  reload(): Promise<void>;
  /** Presses and releases a key, as a presenter's keyboard or clicker does. */
  press(key: Key): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * The body of a script that calls `fn` with `arg` in the page. tsx (esbuild's keepNames) wraps
 * named inner functions in `__name(...)` when it compiles the tests: the page gets a stand-in.
 */
export function scriptCalling(fn: (...args: never[]) => unknown, arg?: unknown): string {
  const argument = arg === undefined ? '' : JSON.stringify(arg);
  return `const __name = (f) => f; return (${fn.toString()})(${argument});`;
}

/** Polls `read` until `done` holds of its value, then returns it; after `timeoutMs` throws with `what` and the last value. */
export async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}
