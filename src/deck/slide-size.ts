import type { RevealApi } from 'reveal.js';

/**
 * The canvas reveal.js scales to the screen. Screens and projectors get a 16:9 slide (4:3 still
 * fits: reveal.js letterboxes it). Phones get reveal.js's scroll view, where a 16:9 slide would
 * shrink body text to about 9 px, so they get a portrait canvas and the theme's phone layout.
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

export function slideSizeFor(isPhone: boolean): SlideSize {
  return isPhone ? PORTRAIT : LANDSCAPE;
}

/** Keeps the canvas in step with the viewport, e.g. when a phone turns to landscape. */
export class SlideSizeController {
  constructor(deck: RevealApi, media: MediaQueryList) {
    media.addEventListener('change', (event) => deck.configure(slideSizeFor(event.matches)));
  }
}
