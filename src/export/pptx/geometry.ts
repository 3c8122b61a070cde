/**
 * The deck is designed on a 1280×720 px canvas (src/deck/slide-size.ts). PowerPoint's own 16:9
 * size, 13.333×7.5 in, is that canvas at 96 px to the inch: every size of the theme carries over
 * as px ÷ 96 inches and px × 0.75 points, and the slides keep the deck's proportions exactly.
 */
import { LANDSCAPE } from '../../theme/canvas.ts';

export const canvas = LANDSCAPE;
/** pptxgenjs's name for 13.333×7.5 in. */
export const pptxLayout = 'LAYOUT_WIDE';

const PX_PER_INCH = 96;

export const inches = (px: number) => px / PX_PER_INCH;
export const points = (px: number) => (px * 72) / PX_PER_INCH;

/** A token colour (`#a30012`) as pptxgenjs takes it (`A30012`). */
export const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

/** A rectangle on the canvas, px. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** pptxgenjs's position options (inches) for a rectangle in px. */
export const position = (rect: Rect) => ({ x: inches(rect.x), y: inches(rect.y), w: inches(rect.w), h: inches(rect.h) });
