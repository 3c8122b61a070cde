import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { DeckModel } from '../../outline/model.ts';
import { deckOrder } from '../../outline/walk.ts';
import { deckSpeaker, deckTitle } from '../../outline/slide-model.ts';
import { strings } from '../../strings.ts';
import { finishPdf, type PdfInfo } from './finish.ts';
import { renderHandout } from './handout.ts';
import { startPrinting, untilFontsLoaded, type PrintSession } from './print-session.ts';
import { renderScript } from './script.ts';
import { renderSlidesDocument } from './slides-document.ts';

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
 * Prints the slides (the pages Ctrl+P prints from the deck), the handout and the reading copy to
 * PDF with the given browser, each a document rendered from the model, then completes each
 * (metadata, links) and checks it embeds only the deck's fonts.
 */
export async function exportPdfs(browser: Browser, options: PdfExportOptions): Promise<WrittenPdf[]> {
  return printPdfs(startPrinting(browser, options.dist), options);
}

/** The stylesheet dist/index.html links, read from the file. */
export async function deckStylesheet(dist: string): Promise<string> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const link = /<link\b[^>]*\brel="stylesheet"[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref="([^"]+)"/.exec(link)?.[1];
  if (!href) throw new Error('dist/index.html links no stylesheet: rebuild the deck (npm run build)');
  return href;
}

/** The three documents, rendered from the model beside the built deck, whose stylesheet they link. */
async function renderDocuments({ root, dist, model }: PdfExportOptions): Promise<Record<PdfKind, string>> {
  const css = (name: string) =>
    Promise.all([readFile(join(root, 'src/theme/paper/paper.css'), 'utf8'), readFile(join(root, `src/theme/paper/${name}`), 'utf8')]).then(
      (sheets) => sheets.join('\n'),
    );
  const [stylesheet, handoutCss, scriptCss] = await Promise.all([deckStylesheet(dist), css('handout.css'), css('script.css')]);
  return {
    slides: renderSlidesDocument(model, stylesheet),
    handout: renderHandout(model, stylesheet, handoutCss),
    script: renderScript(model, stylesheet, scriptCss),
  };
}

/**
 * exportPdfs with the browser's side still starting (print-session.ts): `npm run pdf` starts it
 * before the outline and these renderers have loaded, and the documents are rendered meanwhile.
 * Closes the session.
 */
export async function printPdfs(starting: Promise<PrintSession>, options: PdfExportOptions): Promise<WrittenPdf[]> {
  const { root, out, model } = options;
  const rendered = renderDocuments(options);
  rendered.catch(() => undefined); // reported below, once the session can be closed
  const session = await starting;
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
    const write = async (kind: PdfKind, printed: Uint8Array) => {
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
    const documents = await rendered;
    const { page } = session;
    // Each PDF is completed (pdf-lib, on this thread) while the browser prints the next: not while
    // the next loads, whose files this process serves.
    const finishing: Promise<void>[] = [];
    let last: { kind: PdfKind; printed: Uint8Array } | undefined;
    const finishLast = () => {
      if (!last) return;
      const { kind, printed } = last;
      const finished = new Promise((next) => setTimeout(next)).then(() => write(kind, printed));
      finished.catch(() => undefined); // reported by Promise.all below, or after a later page's failure
      finishing.push(finished);
    };
    for (const kind of Object.keys(PDF_FILES) as PdfKind[]) {
      server.put(`${kind}.html`, documents[kind]);
      await page.goto(`${server.url}${kind}.html`);
      await untilFontsLoaded(page, `${kind}.html`);
      const printing = page.pdf(PRINT);
      finishLast();
      last = { kind, printed: await printing };
    }
    finishLast();
    await Promise.all(finishing);
    return written;
  } finally {
    await session.close();
  }
}
