import { ParseSpeeds, PDFDict, PDFDocument, PDFName } from 'pdf-lib';

/** What a PDF says about itself: Chromium writes the title and language, not the author. */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  lang: string;
}

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: number;
  /** The PostScript names of the embedded fonts, e.g. AAAAAA+NotoSerifSC-Regular. */
  fonts: string[];
}

/** The embedded fonts' names (BaseFont of each font dictionary). */
function embeddedFonts(pdf: PDFDocument): string[] {
  const names = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const base = object.get(PDFName.of('BaseFont'));
    if (base instanceof PDFName) names.add(base.decodeText());
  }
  return [...names];
}

/**
 * Completes a PDF Chromium printed: its metadata (title, author, subject, language) and its
 * bookmarks shown on opening. Returns it with its page count and fonts.
 */
export async function finishPdf(printed: Uint8Array, info: PdfInfo): Promise<FinishedPdf> {
  // pdf-lib yields to the event loop every few objects by default (for pages in a browser); here
  // that only spreads the work out, while the other PDFs wait on the same thread.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setLanguage(info.lang);
  pdf.setCreator('npm run pdf');
  if (pdf.catalog.get(PDFName.of('Outlines'))) pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return { bytes: await pdf.save({ objectsPerTick: Infinity }), pages: pdf.getPageCount(), fonts: embeddedFonts(pdf) };
}
