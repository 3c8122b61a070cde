/**
 * The speech as a Word file in the layout of an official document (党政机关公文格式,
 * GB/T 9704-2012): A4, the standard's margins and grid (page.ts), its fonts (fonts.ts) and
 * styles (styles.ts), page numbers — 1 — on the outer edge, the text from the model's notes in
 * deck order (src/outline/speech-document.ts) laid out in lines of whole phrases (paragraphs.ts).
 * The `docx` package writes the file; finish.ts sets what it cannot.
 */
import { Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DeckModel } from '../../outline/model.ts';
import { deckSpeaker, deckTitle } from '../../outline/slide-model.ts';
import { speechDocument } from '../../outline/speech-document.ts';
import { wordSegmenter } from '../../render/word-segmenter.ts';
import { strings } from '../../strings.ts';
import { finishDocx } from './finish.ts';
import { footerDistance, grid, page } from './page.ts';
import { blockParagraph } from './paragraphs.ts';
import { styleIds, styles } from './styles.ts';

/** The page number as the standard sets it: — 1 —, a PAGE field between two 一字线. */
function pageNumberFooter(style: string): Footer {
  const [before, after] = strings.pageNumberAround;
  return new Footer({ children: [new Paragraph({ style, children: [new TextRun({ children: [before, PageNumber.CURRENT, after] })] })] });
}

/** Writes the .docx file for the model. */
export async function writeDocx(model: DeckModel): Promise<Uint8Array> {
  const segment = wordSegmenter();
  const paragraphs = speechDocument(model.outline).flatMap((part) => part.blocks.map((block) => blockParagraph(model, block, segment)));
  const doc = new Document({
    title: deckTitle(model),
    creator: deckSpeaker(model),
    lastModifiedBy: deckSpeaker(model),
    subject: strings.docxSubject,
    styles,
    evenAndOddHeaderAndFooters: true,
    compatibility: {
      // A line ended by our line break is not stretched to the margin (Word's “Don't expand
      // character spaces on a line ending with SHIFT+RETURN”).
      doNotExpandShiftReturn: true,
    },
    sections: [
      {
        properties: {
          page: { size: { width: page.width, height: page.height }, margin: { ...page.margin, header: page.margin.top / 2, footer: footerDistance, gutter: 0 } },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: grid.linePitch, charSpace: grid.charSpace },
        },
        footers: { default: pageNumberFooter(styleIds.pageNumberOdd), even: pageNumberFooter(styleIds.pageNumberEven) },
        children: paragraphs,
      },
    ],
  });
  const written = await Packer.toBuffer(doc);
  return finishDocx(new Uint8Array(written), model.outline.lang);
}
