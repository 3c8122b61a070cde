import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { LANDSCAPE } from '../../theme/canvas.ts';
import type { DeckModel } from '../../outline/model.ts';
import { deckOrder } from '../../outline/walk.ts';
import { deckSpeaker, deckTitle } from '../../outline/slide-model.ts';
import { strings } from '../../strings.ts';
import { finishPdf, type PdfInfo } from './finish.ts';
import { renderHandout } from './handout.ts';
import type { SlideNumbers } from './paper-document.ts';
import { renderScript } from './script.ts';
import { servePaper, type PaperServer } from './serve.ts';

/** The three PDFs, by kind. */
export const PDF_FILES = { slides: 'slides.pdf', handout: 'handout.pdf', script: 'script.pdf' } as const;
export type PdfKind = keyof typeof PDF_FILES;

export interface WrittenPdf {
  kind: PdfKind;
  path: string;
  pages: number;
  /** From the start of the export (the three are printed side by side) to the file written. */
  ms: number;
}

export interface PdfExportOptions {
  /** The project root: the paper stylesheets are read from src/theme/paper/. */
  root: string;
  /** The built deck. */
  dist: string;
  /** Where the PDFs go. */
  out: string;
  model: DeckModel;
  onWritten?: (pdf: WrittenPdf) => void;
}

const PRINT = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Waits for every web font of the page to load, and fails naming any that did not. */
async function untilFontsLoaded(page: Page, what: string): Promise<void> {
  const failed = await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((face) => face.load().catch(() => face)));
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status !== 'loaded').map((face) => `${face.family} ${face.weight}`);
  });
  if (failed.length > 0) throw new Error(`${what}: web fonts did not load: ${failed.join(', ')}`);
}

/** Opens the built deck and reads what the paper documents take from it: slide numbers, its stylesheet. */
async function openDeck(page: Page, server: PaperServer): Promise<{ numbers: SlideNumbers; stylesheet: string }> {
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

/**
 * Prints the deck (the page Ctrl+P prints), the handout and the reading copy to PDF with the
 * given browser, then completes each (metadata, links) and checks it embeds only the deck's fonts.
 */
export async function exportPdfs(browser: Browser, options: PdfExportOptions): Promise<WrittenPdf[]> {
  const { root, dist, out, model } = options;
  const css = (name: string) =>
    Promise.all([readFile(join(root, 'src/theme/paper/paper.css'), 'utf8'), readFile(join(root, `src/theme/paper/${name}`), 'utf8')]).then(
      (sheets) => sheets.join('\n'),
    );
  const info = (kind: PdfKind): PdfInfo => ({
    title: deckTitle(model),
    author: deckSpeaker(model),
    subject: strings.pdfSubject[kind],
    lang: model.outline.lang,
  });
  const slideCount = deckOrder(model.outline).length;

  await mkdir(out, { recursive: true });
  const server = await servePaper(dist);
  const context = await browser.newContext({ viewport: LANDSCAPE });
  // The handout and the reading copy are documents: no script runs in them, and so the deck's
  // stylesheet gives them all its fonts (those beyond the first slide's are declared for pages
  // without JavaScript: src/vite/fonts/font-face.ts).
  const paperContext = await browser.newContext({ viewport: LANDSCAPE, javaScriptEnabled: false });
  const written: WrittenPdf[] = [];
  try {
    const started = performance.now();
    const write = async (kind: PdfKind, printed: Buffer) => {
      const path = join(out, PDF_FILES[kind]);
      const finished = await finishPdf(printed, info(kind));
      const foreign = finished.fonts.filter((name) => !/NotoSerifSC/.test(name));
      if (foreign.length > 0) {
        throw new Error(
          `${relative(root, path)} embeds ${foreign.join(', ')}: a character it shows is missing from the deck's Noto Serif SC subset (rebuild: npm run build)`,
        );
      }
      if (kind === 'slides' && finished.pages !== slideCount) {
        throw new Error(`${relative(root, path)} has ${finished.pages} pages for ${slideCount} slides: the deck's print stylesheet must give one page per slide`);
      }
      await writeFile(path, finished.bytes);
      const pdf = { kind, path, pages: finished.pages, ms: performance.now() - started };
      written.push(pdf);
      options.onWritten?.(pdf);
    };

    // One page each, printed side by side once the deck has said how it numbers its slides; the
    // handout's and script's pages open while the deck loads.
    const deckPage = await context.newPage();
    const paperPages = Promise.all([paperContext.newPage(), paperContext.newPage()]);
    const deck = await openDeck(deckPage, server);
    const [handoutPage, scriptPage] = await paperPages;
    const printPaper = async (kind: 'handout' | 'script', page: Page) => {
      const render = kind === 'handout' ? renderHandout : renderScript;
      server.put(`${kind}.html`, render(model, deck.numbers, deck.stylesheet, await css(`${kind}.css`)));
      await page.goto(`${server.url}${kind}.html`);
      await untilFontsLoaded(page, `${kind}.html`);
      await write(kind, await page.pdf(PRINT));
    };
    await Promise.all([
      deckPage.pdf(PRINT).then((printed) => write('slides', printed)),
      printPaper('handout', handoutPage),
      printPaper('script', scriptPage),
    ]);
    return written;
  } finally {
    await Promise.all([context.close(), paperContext.close()]);
    await server.close();
  }
}
