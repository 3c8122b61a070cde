import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * The deck's tests, each in a new page of one browser context per worker, not a context of its
 * own. On two cores a new context and a cold cache cost a deck load about 2.2 s of CPU, a new page
 * in a warm context about 1.1 s (the whole suite is CPU-bound). Between tests the context forgets
 * what a test could leave: every page (speaker views included) is closed, the site's storage is
 * cleared. What belongs to the context itself (permissions, offline, init scripts, the page clock)
 * needs a context of the test's own: `test.use({ ownContext: true })`, which the `context` fixture
 * and `page.clock` ask for.
 */
export const test = base.extend<{ ownContext: boolean }, { workerContext: BrowserContext }>({
  ownContext: [false, { option: true }],

  workerContext: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext(contextOptions(workerInfo.project.use));
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],

  page: async ({ browser, workerContext, ownContext, viewport }, use, testInfo) => {
    if (ownContext) {
      const context = await browser.newContext({ ...contextOptions(testInfo.project.use), ...(viewport === undefined ? {} : { viewport }) });
      await use(await context.newPage());
      await context.close();
      return;
    }
    const page = await workerContext.newPage();
    if (viewport) await page.setViewportSize(viewport);
    Object.defineProperty(page, 'clock', {
      get: () => {
        throw new Error('page.clock installs on the whole browser context: give this test its own, test.use({ ownContext: true })');
      },
    });
    await use(page);
    await forget(workerContext, page, testInfo.project.use.baseURL);
  },

  context: async ({ page, ownContext }, use) => {
    if (!ownContext) throw new Error('this test changes its browser context: give it its own, test.use({ ownContext: true })');
    await use(page.context());
  },
});

/** The context options the project sets (e.g. a device's): what each test's context would have had. */
function contextOptions(use: { [K in keyof BrowserContextOptions]?: BrowserContextOptions[K] | undefined }): BrowserContextOptions {
  const keys = ['viewport', 'userAgent', 'deviceScaleFactor', 'isMobile', 'hasTouch', 'locale', 'baseURL'] as const;
  return Object.fromEntries(keys.filter((key) => use[key] !== undefined).map((key) => [key, use[key]])) as BrowserContextOptions;
}

/** Closes every page the test opened and clears what the site stored (settings in localStorage). */
async function forget(context: BrowserContext, page: Page, baseURL: string | undefined): Promise<void> {
  if (baseURL) {
    // Storage is cleared through a page of the context (the browser's own session would clear another's).
    const cdp = await context.newCDPSession(page.isClosed() ? (context.pages()[0] ?? (await context.newPage())) : page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL).origin, storageTypes: 'local_storage,session_storage,indexeddb' });
    await cdp.detach();
  }
  await Promise.all(context.pages().map((open) => open.close()));
}
