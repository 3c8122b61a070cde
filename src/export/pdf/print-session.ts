/**
 * The browser's side of printing, started before the rest of `npm run pdf` has loaded: the built
 * deck served and a printing page opened while Node is still loading the outline and the
 * renderers. Kept apart from export.ts, whose imports (pdf-lib, the renderers) are what it overlaps with.
 */
import type { Browser, Page } from 'puppeteer-core';
import { LANDSCAPE } from '../../theme/canvas.ts';
import { servePaper, type PaperServer } from './serve.ts';

export interface PrintSession {
  server: PaperServer;
  /**
   * The one page the documents are printed in, one after another. On two cores, pages printing
   * side by side (a renderer process each) took longer in all than one page printing in turn.
   */
  page: Page;
  /** Closes the page and the server; again, does nothing. */
  close(): Promise<void>;
}

/** Waits for every web font of the page to load, and fails naming any that did not. */
export async function untilFontsLoaded(page: Page, what: string): Promise<void> {
  const failed = await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((face) => face.load().catch(() => face)));
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status !== 'loaded').map((face) => `${face.family} ${face.weight}`);
  });
  if (failed.length > 0) throw new Error(`${what}: web fonts did not load: ${failed.join(', ')}`);
}

/** Serves `dist` and readies the printing page in `browser`: the tab it opened with. */
export async function startPrinting(browser: Browser, dist: string): Promise<PrintSession> {
  const serving = servePaper(dist);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // The documents are rendered from the model, beside the built deck: no script runs in them, and
  // so the deck's stylesheet gives them all its fonts (those beyond the first slide's are declared
  // for pages without JavaScript: src/vite/fonts/font-face.ts).
  const [server] = await Promise.all([serving, page.setJavaScriptEnabled(false), page.setViewport(LANDSCAPE)]);
  let closed: Promise<void> | undefined;
  return { server, page, close: () => (closed ??= page.close().then(() => server.close())) };
}
