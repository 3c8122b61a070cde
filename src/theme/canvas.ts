/**
 * The canvas reveal.js scales to the screen, a design token like the palette: the page, the
 * previews, paper and the PowerPoint file all lay out on it. Screens and projectors get a 16:9
 * slide (4:3 still fits: reveal.js letterboxes it). Phones get reveal.js's scroll view, where a 16:9
 * slide would shrink body text to about 9 px, so they get a portrait canvas and the phone layout.
 */
export interface SlideSize {
  width: number;
  height: number;
}

/** Below this viewport width reveal.js switches to its scroll view (same value as the theme's media query). */
export const PHONE_MAX_WIDTH = 435;
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;

export const LANDSCAPE: SlideSize = { width: 1280, height: 720 };
export const PORTRAIT: SlideSize = { width: 440, height: 880 };
