import type { RevealApi } from 'reveal.js';
import { LANDSCAPE, PORTRAIT, type SlideSize } from '../theme/canvas.ts';

/** The canvas for this screen: portrait on a phone, 16:9 elsewhere (src/theme/canvas.ts). */
export function slideSizeFor(isPhone: boolean): SlideSize {
  return isPhone ? PORTRAIT : LANDSCAPE;
}

/** Keeps the canvas in step with the viewport, e.g. when a phone turns to landscape. */
export class SlideSizeController {
  constructor(deck: RevealApi, media: MediaQueryList) {
    media.addEventListener('change', (event) => deck.configure(slideSizeFor(event.matches)));
  }
}
