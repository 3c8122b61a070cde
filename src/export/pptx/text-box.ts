import type PptxGenJS from 'pptxgenjs';
import { partsText } from '../../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../../outline/model.ts';
import { wordSegmenter } from '../../render/word-segmenter.ts';
import { points, position, type Rect } from './geometry.ts';
import { balancedWidth, lineCount, textWidth, wrapLines } from './measure-text.ts';
import { textRuns, type TypeStyle } from './runs.ts';
import { slidePhrases } from './slide-phrases.ts';

/** A piece of outline text to set in its own text box. */
export interface TextBlock {
  /** Outline text, fill-ins as `{id}`. */
  text: string;
  style: TypeStyle;
  align: 'left' | 'center';
  /** The box's name in PowerPoint's selection pane: the outline field it shows. */
  name: string;
}

export const block = (name: string, text: string, align: TextBlock['align'], style: TypeStyle): TextBlock => ({ name, text, align, style });

/** The margin above and below a text box's lines, em. */
const GLYPH_PAD_EM = 0.2;

/**
 * The block's text as shown (values, or the gaps of open blanks), cut into the deck's phrases
 * (slide-phrases.ts), and the style it is measured in.
 */
const measured = (model: DeckModel, block: TextBlock) => ({
  shown: partsText(textParts(model, block.text)),
  phrases: slidePhrases(model, block.text, wordSegmenter()),
  style: { size: block.style.size, tracking: block.style.tracking ?? 0 },
});

/** The width of a block's text on one line, px: for a shape drawn around it (a chip). */
export function naturalWidth(model: DeckModel, block: TextBlock): number {
  const { shown, style } = measured(model, block);
  return textWidth(shown, style);
}

/**
 * A block's box: its width and height, at most `maxWidth` wide. Its lines are those `blockLines`
 * lays out in a box this wide: the height holds exactly them.
 */
export function measureBlock(model: DeckModel, block: TextBlock, maxWidth: number): { w: number; h: number } {
  const { phrases, style } = measured(model, block);
  // One line: the whole width, so a word typed in later still fits. More: a balanced width.
  const w = lineCount(phrases, maxWidth, style) === 1 ? maxWidth : balancedWidth(phrases, maxWidth, style);
  return { w, h: lineCount(phrases, w, style) * block.style.lineHeight * block.style.size };
}

/** The lines of a block in a box `width` px wide, as the file writes them: broken between phrases only. */
export function blockLines(model: DeckModel, block: TextBlock, width: number): string[] {
  const { phrases, style } = measured(model, block);
  return wrapLines(phrases, width, style);
}

/**
 * Adds the block as a real text box: editable runs, its lines ended by explicit breaks between
 * phrases (blockLines; the client never needs to wrap them, and still wraps a line an edit makes
 * too long), lines set exactly at the theme's line height. The text fits as written; should an
 * edit make it overflow, PowerPoint shrinks it to the box ("shrink text on overflow") rather than
 * letting it run into the next one.
 */
export function addTextBlock(slide: PptxGenJS.Slide, model: DeckModel, block: TextBlock, rect: Rect, extra: PptxGenJS.TextPropsOptions = {}): void {
  // Glyphs reach a little above and below a tight line (line-height 1, as the stylesheets set
  // single lines): a plain text box grows by a margin that holds them, its text unmoved. A shape
  // that draws (a chip, a circle) keeps its size.
  const pad = extra.shape ? 0 : GLYPH_PAD_EM * block.style.size;
  // A shape that draws around its text (a label's chip) is sized for one line.
  const lines = extra.shape ? [] : blockLines(model, block, rect.w);
  if (lines.length * block.style.lineHeight * block.style.size > rect.h + 0.5) {
    throw new Error(`PowerPoint writer: ${block.name} has ${lines.length} lines in a box measured for fewer (${JSON.stringify(lines)})`);
  }
  slide.addText(textRuns(model, block.text, block.style, lines), {
    ...position({ x: rect.x, y: rect.y - pad, w: rect.w, h: rect.h + 2 * pad }),
    objectName: block.name,
    isTextBox: true,
    margin: [0, 0, points(pad), points(pad)],
    wrap: true,
    fit: 'shrink',
    valign: 'top',
    align: block.align,
    lineSpacing: points(block.style.size * block.style.lineHeight),
    ...extra,
  });
}

/**
 * A single word in the middle of a shape drawn around it (an ordinal's circle or square). Its
 * line is the client's single line, not an exact one: each client then centres the font's own
 * line, ascent above and descent below, as a browser centres the deck's `line-height: 1`, and
 * the glyph sits in the middle whatever face the client draws. (With an exact line, LibreOffice
 * puts the baseline the font's descent above the line's foot, and the numerals rode high.) It
 * never shrinks: LibreOffice would shrink it into the ellipse's inner rectangle.
 */
export function addCentredWord(slide: PptxGenJS.Slide, model: DeckModel, block: TextBlock, rect: Rect, shape: PptxGenJS.TextPropsOptions): void {
  slide.addText(textRuns(model, block.text, block.style), {
    ...position(rect),
    objectName: block.name,
    isTextBox: true,
    margin: 0,
    wrap: true,
    fit: 'none',
    valign: 'middle',
    align: 'center',
    lineSpacingMultiple: 1,
    ...shape,
  });
}
