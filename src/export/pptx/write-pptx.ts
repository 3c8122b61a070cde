/**
 * The deck model as a PowerPoint file: one slide per deck slide, in deck order, each in the
 * deck's look, its text real and editable, its notes the speech it carries. pptxgenjs writes the
 * file (no network: we give it no media to fetch); slides.ts maps each kind; finish.ts sets what
 * pptxgenjs cannot.
 */
import PptxGenJS from 'pptxgenjs';
import type { DeckModel } from '../../outline/model.ts';
import { deckSpeaker, deckTitle } from '../../outline/slide-model.ts';
import type { PillarStack, Slide } from '../../outline/types.ts';
import { deckOrder, notesOf } from '../../outline/walk.ts';
import { finishPackage } from './finish.ts';
import { defaultFace, faces, pptxgenjsTypeface, type FaceName } from './fonts.ts';
import { pptxLayout } from './geometry.ts';
import { escapeXml, notesParagraphs, notesPlainText } from './notes.ts';
import { closingSlide, coverSlide, measureSlide, openingSlide, overviewSlide, pillarSlide } from './slides.ts';

/** Lays one deck slide out on a PowerPoint slide. */
function mapSlide(pptx: PptxGenJS, page: PptxGenJS.Slide, model: DeckModel, slide: Slide, pillars: readonly PillarStack[]): void {
  switch (slide.kind) {
    case 'cover':
      return coverSlide(pptx, page, model, slide);
    case 'opening':
      return openingSlide(pptx, page, model, slide);
    case 'overview':
      return overviewSlide(pptx, page, model, slide, pillars);
    case 'pillar':
      return pillarSlide(pptx, page, model, slide);
    case 'measure':
      return measureSlide(pptx, page, model, slide, pillars.find((p) => p.measures.includes(slide))!);
    case 'closing':
      return closingSlide(pptx, page, model, slide);
  }
}

/** The document's title and author: the cover's title and the speaking body it names (the slide facts). */
function documentProperties(model: DeckModel): { title: string; author: string } {
  return { title: deckTitle(model), author: deckSpeaker(model) };
}

/**
 * Writes the .pptx file for the model, every text naming the face `font` (fonts.ts). Throws a
 * LayoutError naming the slide whose text cannot fit.
 */
export async function writePptx(model: DeckModel, { font = defaultFace }: { font?: FaceName } = {}): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = pptxLayout;
  const { title, author } = documentProperties(model);
  pptx.title = title;
  pptx.author = author;
  // pptxgenjs 4.0.1 escapes title and author but writes the company into docProps/app.xml as it is.
  pptx.company = escapeXml(author);
  pptx.subject = '';
  pptx.theme = { headFontFace: pptxgenjsTypeface, bodyFontFace: pptxgenjsTypeface };

  const pillars = model.outline.slides.filter((s): s is PillarStack => s.kind === 'pillar');
  const slides = deckOrder(model.outline);
  const notes = slides.map((slide) => notesParagraphs(model, notesOf(slide)));
  slides.forEach((slide, i) => {
    const page = pptx.addSlide();
    mapSlide(pptx, page, model, slide, pillars);
    // pptxgenjs's own notes, replaced by finish.ts with paragraphs in Chinese.
    if (notes[i]!.length > 0) page.addNotes(notesPlainText(notes[i]!));
  });
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishPackage(written, notes, model.outline.lang, faces[font]);
}
