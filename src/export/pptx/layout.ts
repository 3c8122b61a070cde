import { canvas } from './geometry.ts';

/** The frame every slide shares (src/theme/base.css): 56 px above and below the content. */
export const frame = { padY: 56 } as const;

/** A slide's content does not fit the slide at the theme's sizes: names the slide, and the field that cannot fit. */
export class LayoutError extends Error {
  constructor(slideId: string, what: string) {
    super(`slides/outline.ts › slide "${slideId}": ${what} does not fit a PowerPoint slide at the theme's sizes; shorten it`);
    this.name = 'LayoutError';
  }
}

/**
 * Tops for blocks stacked with the given gaps and centred between `top` and `bottom`, as the
 * deck's frames centre their content (justify-content: center, or auto margins).
 */
export function centredStack(
  slideId: string,
  heights: readonly number[],
  gaps: readonly number[],
  top: number = frame.padY,
  bottom: number = canvas.height - frame.padY,
): number[] {
  const total = heights.reduce((sum, h) => sum + h, 0) + gaps.reduce((sum, g) => sum + g, 0);
  if (total > bottom - top) throw new LayoutError(slideId, `its content (${Math.ceil(total)} px high, ${bottom - top} px available)`);
  let y = top + (bottom - top - total) / 2;
  return heights.map((h, i) => {
    const at = y;
    y += h + (gaps[i] ?? 0);
    return at;
  });
}
