import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

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
 * Links the browser wrote into the deck's URL (the overview's `#/pillar-2`) point at the local
 * server that printed it: each becomes a link to its slide's page where this PDF has one, and is
 * dropped otherwise.
 */
function relinkDeckLinks(pdf: PDFDocument, deckUrl: string, slidePages: ReadonlyMap<string, number>): void {
  const pages = pdf.getPages();
  for (const page of pages) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const annot = annots.lookup(i);
      if (!(annot instanceof PDFDict)) continue;
      const action = annot.lookup(PDFName.of('A'));
      const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined;
      if (!(uri instanceof PDFString || uri instanceof PDFHexString)) continue;
      const target = uri.decodeText();
      if (!target.startsWith(deckUrl)) continue;
      const slide = decodeURIComponent(new URL(target).hash.replace(/^#\/?/, ''));
      const pageIndex = slidePages.get(slide);
      if (pageIndex === undefined || !pages[pageIndex]) {
        annots.remove(i);
        continue;
      }
      annot.delete(PDFName.of('A'));
      annot.set(PDFName.of('Dest'), pdf.context.obj([pages[pageIndex].ref, PDFName.of('Fit')]));
    }
  }
}

/**
 * Completes a PDF Chromium printed: its metadata (title, author, subject, language), bookmarks
 * shown on opening, links into the deck made internal. Returns it with its page count and fonts.
 */
export async function finishPdf(
  printed: Uint8Array,
  info: PdfInfo,
  deckUrl: string,
  slidePages: ReadonlyMap<string, number> = new Map(),
): Promise<FinishedPdf> {
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setLanguage(info.lang);
  pdf.setCreator('npm run pdf');
  if (pdf.catalog.get(PDFName.of('Outlines'))) pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  relinkDeckLinks(pdf, deckUrl, slidePages);
  return { bytes: await pdf.save(), pages: pdf.getPageCount(), fonts: embeddedFonts(pdf) };
}
