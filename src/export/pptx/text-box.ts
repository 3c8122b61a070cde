import type PptxGenJS from 'pptxgenjs';
import { partsText } from '../../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../../outline/model.ts';
import { points, position, type Rect } from './geometry.ts';
import { balancedWidth, lineCount } from './measure-text.ts';
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

/** A block's box for the text as shown (values or gaps): its width and height at most `maxWidth` wide. */
export function measureBlock(model: DeckModel, block: TextBlock, maxWidth: number): { w: number; h: number } {
  const shown = partsText(textParts(model, block.text));
  const measureStyle = { size: block.style.size, tracking: block.style.tracking ?? 0 };
  const w = Math.min(maxWidth, balancedWidth(shown, maxWidth, measureStyle) + SLACK_EM * block.style.size);
  const lines = lineCount(shown, w, measureStyle);
  return { w, h: lines * block.style.lineHeight * block.style.size };
}

/**
 * Adds the block as a real text box: editable runs, wrapped inside the box (never shrunk or
 * grown by the client), lines set exactly at the theme's line height, no inner margins.
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
    fit: 'none',
    valign: 'top',
    align: block.align,
    lineSpacing: points(block.style.size * block.style.lineHeight),
    ...extra,
  });
}
