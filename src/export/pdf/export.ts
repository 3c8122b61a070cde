import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { DeckModel } from '../../outline/model.ts';
import { deckOrder } from '../../outline/walk.ts';
import { deckSpeaker, deckTitle } from '../../outline/slide-model.ts';
import { strings } from '../../strings.ts';
import { finishPdf, type PdfInfo } from './finish.ts';
import { renderHandout } from './handout.ts';
import { startPrinting, untilFontsLoaded, type PrintSession } from './print-session.ts';
import { renderScript } from './script.ts';

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

/**
 * Prints the deck (the page Ctrl+P prints), the handout and the reading copy to PDF with the
 * given browser, then completes each (metadata, links) and checks it embeds only the deck's fonts.
 */
export async function exportPdfs(browser: Browser, options: PdfExportOptions): Promise<WrittenPdf[]> {
  return printPdfs(await startPrinting(browser, options.dist), options);
}

/**
 * exportPdfs in a session already started (print-session.ts), whose deck may still be opening:
 * `npm run pdf` starts it before the outline and these renderers have loaded. Closes the session.
 */
export async function printPdfs(session: PrintSession, options: PdfExportOptions): Promise<WrittenPdf[]> {
  const { root, out, model } = options;
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

  const { server } = session;
  const written: WrittenPdf[] = [];
  try {
    await mkdir(out, { recursive: true });
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

    // One page each, printed side by side: the paper documents need nothing from the opened deck.
    const printPaper = async (kind: 'handout' | 'script', page: Page) => {
      const render = kind === 'handout' ? renderHandout : renderScript;
      server.put(`${kind}.html`, render(model, await session.stylesheet, await css(`${kind}.css`)));
      await page.goto(`${server.url}${kind}.html`);
      await untilFontsLoaded(page, `${kind}.html`);
      await write(kind, await page.pdf(PRINT));
    };
    const paperPages = await session.paperPages;
    await Promise.all([
      session.deck.then(() => session.deckPage.pdf(PRINT)).then((printed) => write('slides', printed)),
      printPaper('handout', paperPages[0]),
      printPaper('script', paperPages[1]),
    ]);
    return written;
  } finally {
    await session.close();
  }
}
