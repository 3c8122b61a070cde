/**
 * A measure slide's red band belongs at the top of the screen, whatever its shape: on a 4:3
 * projector or a phone's page the slide is letterboxed, and the strip above it must be red too.
 */

/** The slide to look at: a measure slide. */
export const measureSlideId = 'pillar-3-2';

/** Points on the screen's top row of pixels: left, middle, right. */
export function topEdgePoints(width: number): [number, number][] {
  return [0.1, 0.5, 0.9].map((f) => [Math.round(width * f), 0]);
}

/** The band's deep red (#a30012), as opposed to the warm paper (#fffbf3). */
export function isBandRed([r = 0, g = 255, b = 255]: number[]): boolean {
  return r > 130 && g < 40 && b < 60;
}
