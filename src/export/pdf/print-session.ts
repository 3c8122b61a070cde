/**
 * The browser's side of printing, started before the rest of `npm run pdf` has loaded: the built
 * deck served and opened, and what the paper documents take from it read (slide numbers, its
 * stylesheet), while Node is still loading the outline and the renderers. Kept apart from
 * export.ts, whose imports (pdf-lib, the renderers) are what it overlaps with.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { LANDSCAPE } from '../../theme/canvas.ts';
import type { SlideNumbers } from './paper-document.ts';
import { servePaper, type PaperServer } from './serve.ts';

/** What the paper documents take from the opened deck. */
export interface OpenedDeck {
  numbers: SlideNumbers;
  stylesheet: string;
}

export interface PrintSession {
  server: PaperServer;
  context: BrowserContext;
  /** The deck, printed as it stands for slides.pdf. */
  deckPage: Page;
  /** Read once the deck is ready and its fonts loaded; rejects naming what failed. */
  deck: Promise<OpenedDeck>;
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

/** Opens the built deck and reads what the paper documents take from it: slide numbers, its stylesheet. */
async function openDeck(page: Page, server: PaperServer): Promise<OpenedDeck> {
  await page.goto(server.url);
  // Started: the deck has declared its fonts beyond the first slide's (src/deck/font-warm-up.ts).
  await page.waitForFunction(() => window.deck?.isReady() && document.documentElement.dataset.deck === 'started');
  await untilFontsLoaded(page, 'dist/index.html');
  // A deck that shows no slide numbers gives none: the documents then count slides themselves.
  const numbered = await page.$$eval('.reveal .slides section.slide', (slides) => slides.map((s) => [s.id, s.dataset.slideNumber ?? ''] as const));
  const numbers = new Map(numbered.filter(([, number]) => number !== ''));
  const stylesheet = await page.$eval('link[rel="stylesheet"]', (link) => link.getAttribute('href') ?? '').catch(() => '');
  if (!stylesheet) throw new Error('dist/index.html links no stylesheet: rebuild the deck (npm run build)');
  return { numbers, stylesheet };
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
  // Its failure is reported where it is awaited; until then it is not an unhandled rejection.
  deck.catch(() => undefined);
  const paperPages = Promise.all([paperContext.newPage(), paperContext.newPage()]);
  paperPages.catch(() => undefined);
  let closed: Promise<void> | undefined;
  return {
    server,
    context,
    deckPage,
    deck,
    paperPages,
    close: () => (closed ??= Promise.all([context.close(), paperContext.close()]).then(() => server.close())),
  };
}
