/**
 * The browser's side of printing, started before the rest of `npm run pdf` has loaded: the built
 * deck served and opened while Node is still loading the outline and the renderers. Kept apart
 * from export.ts, whose imports (pdf-lib, the renderers) are what it overlaps with.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { LANDSCAPE } from '../../theme/canvas.ts';
import { servePaper, type PaperServer } from './serve.ts';

export interface PrintSession {
  server: PaperServer;
  context: BrowserContext;
  /** The deck, printed as it stands for slides.pdf. */
  deckPage: Page;
  /** Settles once the deck is ready and its fonts loaded; rejects naming what failed. */
  deck: Promise<void>;
  /** The built deck's stylesheet, relative to dist/ (the theme's tokens and the subset fonts), which the paper documents link. */
  stylesheet: Promise<string>;
  /** Pages for the handout and the reading copy, opened beside the deck, with no JavaScript. */
  paperPages: Promise<[Page, Page]>;
  /** Closes the pages and the server; again, does nothing. */
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

/** Opens the built deck and waits until it is ready to print: started, every font loaded. */
async function openDeck(page: Page, server: PaperServer): Promise<void> {
  await page.goto(server.url);
  // Started: the deck has declared its fonts beyond the first slide's (src/deck/font-warm-up.ts).
  await page.waitForFunction(() => window.deck?.isReady() && document.documentElement.dataset.deck === 'started');
  await untilFontsLoaded(page, 'dist/index.html');
}

/** The stylesheet dist/index.html links, read from the file: the paper documents need not wait for the deck to open. */
export async function deckStylesheet(dist: string): Promise<string> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const link = /<link\b[^>]*\brel="stylesheet"[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref="([^"]+)"/.exec(link)?.[1];
  if (!href) throw new Error('dist/index.html links no stylesheet: rebuild the deck (npm run build)');
  return href;
}

/** Serves `dist`, opens the deck in `browser` and starts reading it; returns without waiting for the deck. */
export async function startPrinting(browser: Browser, dist: string): Promise<PrintSession> {
  const server = await servePaper(dist);
  const context = await browser.newContext({ viewport: LANDSCAPE });
  // The handout and the reading copy are documents: no script runs in them, and so the deck's
  // stylesheet gives them all its fonts (those beyond the first slide's are declared for pages
  // without JavaScript: src/vite/fonts/font-face.ts).
  const paperContext = await browser.newContext({ viewport: LANDSCAPE, javaScriptEnabled: false });
  const deckPage = await context.newPage();
  const deck = openDeck(deckPage, server);
  const stylesheet = deckStylesheet(dist);
  // Their failures are reported where they are awaited; until then they are not unhandled rejections.
  deck.catch(() => undefined);
  stylesheet.catch(() => undefined);
  const paperPages = Promise.all([paperContext.newPage(), paperContext.newPage()]);
  paperPages.catch(() => undefined);
  let closed: Promise<void> | undefined;
  return {
    server,
    context,
    deckPage,
    deck,
    stylesheet,
    paperPages,
    close: () => (closed ??= Promise.all([context.close(), paperContext.close()]).then(() => server.close())),
  };
}
