import type PptxGenJS from 'pptxgenjs';
import { partsText } from '../../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../../outline/model.ts';
import { points, position, type Rect } from './geometry.ts';
import { balancedWidth, lineCount, textWidth } from './measure-text.ts';
import { textRuns, type TypeStyle } from './runs.ts';

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

/**
 * A box this much wider than the text's widest line: under one character, so a client wraps
 * where the estimate does, and room for a client's glyphs being a shade wider than 1em.
 */
const SLACK_EM = 0.5;

/** The margin above and below a text box's lines, em. */
const GLYPH_PAD_EM = 0.2;

/** The block's text as shown (values, or the gaps of open blanks) and the style it is measured in. */
const measured = (model: DeckModel, block: TextBlock) => ({
  shown: partsText(textParts(model, block.text)),
  style: { size: block.style.size, tracking: block.style.tracking ?? 0 },
});

/** The width of a block's text on one line, px: for a shape drawn around it (a chip). */
export function naturalWidth(model: DeckModel, block: TextBlock): number {
  const { shown, style } = measured(model, block);
  return textWidth(shown, style);
}

/** A block's box: its width and height, at most `maxWidth` wide. */
export function measureBlock(model: DeckModel, block: TextBlock, maxWidth: number): { w: number; h: number } {
  const { shown, style } = measured(model, block);
  // One line: the whole width, so a word typed in later still fits. More: a balanced width.
  const w = lineCount(shown, maxWidth, style) === 1 ? maxWidth : Math.min(maxWidth, balancedWidth(shown, maxWidth, style) + SLACK_EM * block.style.size);
  return { w, h: lineCount(shown, w, style) * block.style.lineHeight * block.style.size };
}

/**
 * Adds the block as a real text box: editable runs, wrapped inside the box, lines set exactly at
 * the theme's line height. The text fits as written; should an edit make it overflow, PowerPoint
 * shrinks it to the box ("shrink text on overflow") rather than letting it run into the next one.
 */
export function addTextBlock(slide: PptxGenJS.Slide, model: DeckModel, block: TextBlock, rect: Rect, extra: PptxGenJS.TextPropsOptions = {}): void {
  // Glyphs reach a little above and below a tight line (line-height 1, as the stylesheets set
  // single lines): a plain text box grows by a margin that holds them, its text unmoved. A shape
  // that draws (a chip, a circle) keeps its size.
  const pad = extra.shape ? 0 : GLYPH_PAD_EM * block.style.size;
  slide.addText(textRuns(model, block.text, block.style), {
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
