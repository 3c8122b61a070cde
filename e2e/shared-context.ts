import { expect as baseExpect, test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

type Poll = typeof baseExpect.poll;
/** Between the tries of `expect.poll`: Playwright's own 100, 250, 500, then 1000 ms would spend a quarter second on a state that comes 30 ms after a key (fullscreen, a fade). */
const POLL_INTERVALS = [25, 50];

/** Playwright's `expect`, with `expect.poll` trying every 50 ms unless a test says otherwise. */
export const expect: typeof baseExpect = new Proxy(baseExpect, {
  get(target, property, receiver) {
    if (property !== 'poll') return Reflect.get(target, property, receiver);
    return ((generator, options) =>
      target.poll(generator, { intervals: POLL_INTERVALS, ...(typeof options === 'string' ? { message: options } : options) })) as Poll;
  },
});

/**
 * The deck's tests share one browser context per worker, and one page in it, not a context or a
 * page of their own. The suite is CPU-bound on two cores: a deck load costs about 2.2 s of CPU in a
 * new context, 2.1 s in a new page of a warm one (a renderer process started), 0.7 s in the page
 * the last test used. Between tests the worker forgets what a test could leave: every other page
 * (speaker views included) is closed, the site's storage cleared, the listeners the test added
 * removed and the page sent to a plain file of the site. A test that failed, or changed the page
 * for good (an init script, a route, an emulated medium, an exposed function), leaves it to be
 * closed: the next test gets a new one. What belongs to the context itself (permissions, offline, the page clock) needs a
 * context of the test's own: `test.use({ ownContext: true })`, which the `context` fixture and
 * `page.clock` ask for.
 */
export const test = base.extend<{ ownContext: boolean }, { workerContext: BrowserContext; keptPage: { page: Page | undefined } }>({
  ownContext: [false, { option: true }],

  workerContext: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext(contextOptions(workerInfo.project.use));
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],

  keptPage: [async ({}, use) => use({ page: undefined }), { scope: 'worker' }],

  page: async ({ browser, workerContext, keptPage, ownContext, viewport }, use, testInfo) => {
    if (ownContext) {
      const context = await browser.newContext({ ...contextOptions(testInfo.project.use), ...(viewport === undefined ? {} : { viewport }) });
      await use(await context.newPage());
      await context.close();
      return;
    }
    const page = keptPage.page ?? (await newPage(workerContext));
    keptPage.page = undefined;
    const changed = watchForLastingChanges(page);
    const ownListeners = listenersOf(page);
    const size = viewport ?? testInfo.project.use.viewport;
    if (size) await page.setViewportSize(size);
    await page.bringToFront();
    await use(page);
    // A failed test may leave the page in any state (a dialog, a half-done action): not handed on.
    const keep = !changed() && testInfo.status === testInfo.expectedStatus;
    keptPage.page = await forget(workerContext, page, testInfo.project.use.baseURL, keep, ownListeners);
  },

  context: async ({ page, ownContext }, use) => {
    if (!ownContext) throw new Error('this test changes its browser context: give it its own, test.use({ ownContext: true })');
    await use(page.context());
  },
});

/** A new page of the worker's context, whose `clock` (the whole context's) refuses to start. */
async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  Object.defineProperty(page, 'clock', {
    get: () => {
      throw new Error('page.clock installs on the whole browser context: give this test its own, test.use({ ownContext: true })');
    },
  });
  return page;
}

/** What a page keeps across navigations once set, and cannot be told to drop. */
const LASTING = [
  'addInitScript',
  'exposeFunction',
  'exposeBinding',
  'route',
  'routeFromHAR',
  'routeWebSocket',
  'setExtraHTTPHeaders',
  'emulateMedia',
  'addLocatorHandler',
  'setDefaultTimeout',
  'setDefaultNavigationTimeout',
] as const;

/** Notes whether the test calls any of LASTING on `page` (a key held down is not noticed: none is left so); returns the question. */
function watchForLastingChanges(page: Page): () => boolean {
  let changed = false;
  for (const name of LASTING) {
    const original = page[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(page, name, {
      configurable: true,
      value: (...args: unknown[]) => {
        changed = true;
        return original.apply(page, args);
      },
    });
  }
  return () => changed;
}

/** The context options the project sets (e.g. a device's): what each test's context would have had. */
function contextOptions(use: { [K in keyof BrowserContextOptions]?: BrowserContextOptions[K] | undefined }): BrowserContextOptions {
  const keys = ['viewport', 'userAgent', 'deviceScaleFactor', 'isMobile', 'hasTouch', 'locale', 'baseURL'] as const;
  return Object.fromEntries(keys.filter((key) => use[key] !== undefined).map((key) => [key, use[key]])) as BrowserContextOptions;
}

/** A Page as the event emitter it is at run time: Playwright's types leave these methods out. */
interface Emitter {
  eventNames(): (string | symbol)[];
  listeners(event: string | symbol): unknown[];
  off(event: string | symbol, listener: unknown): unknown;
}

/** The listeners a page has now, by event: Playwright's own among them, which must stay. */
function listenersOf(page: Page): Map<string | symbol, Set<unknown>> {
  const emitter = page as unknown as Emitter;
  return new Map(emitter.eventNames().map((event) => [event, new Set(emitter.listeners(event))]));
}

/**
 * Closes every page the test opened but `page`, and clears what the site stored (settings in
 * localStorage, the talk in sessionStorage, the window's name): in `page` itself, at a plain file
 * of the site, after the deck's own page-hide handlers have run, and the listeners the test added
 * (not `before`, Playwright's). Returns `page` to be used again, or undefined when it was closed,
 * not to be kept (`keep`), left on another site, or could not be reset.
 */
async function forget(context: BrowserContext, page: Page, baseURL: string | undefined, keep: boolean, before: Map<string | symbol, Set<unknown>>): Promise<Page | undefined> {
  await Promise.all(context.pages().filter((open) => open !== page).map((open) => open.close()));
  const origin = baseURL === undefined ? undefined : new URL(baseURL).origin;
  if (origin === undefined) throw new Error('the shared page needs the project’s baseURL');
  // Storage is cleared through a page of the context (the browser's own session would clear another's).
  const cdp = await context.newCDPSession(page.isClosed() ? await context.newPage() : page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage,session_storage,indexeddb' });
  await cdp.detach();
  if (keep && !page.isClosed() && new URL(page.url()).origin === origin) {
    try {
      const emitter = page as unknown as Emitter;
      for (const event of emitter.eventNames()) {
        for (const listener of emitter.listeners(event)) if (!before.get(event)?.has(listener)) emitter.off(event, listener);
      }
      for (const name of LASTING) delete (page as unknown as Record<string, unknown>)[name];
      // Fullscreen ends with the document, but a step later: end it first, so its resize is over.
      await page.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
      await page.goto(new URL('robots.txt', baseURL).href);
      // This tab's sessionStorage and name outlive the navigation.
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
        window.name = '';
      });
      await page.mouse.move(0, 0);
      return page;
    } catch {
      // Not reset: the next test gets a new page.
    }
  }
  await Promise.all(context.pages().map((open) => open.close()));
  return undefined;
}
