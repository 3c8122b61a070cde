import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { LANDSCAPE, PHONE_QUERY, PORTRAIT, type SlideSize } from '../theme/canvas.ts';

/** The canvas for this screen: portrait on a phone, 16:9 elsewhere (src/theme/canvas.ts). */
export function slideSizeFor(isPhone: boolean): SlideSize {
  return isPhone ? PORTRAIT : LANDSCAPE;
}

/** Keeps the canvas in step with the viewport, e.g. when a phone turns to landscape. */
export class SlideSizeController implements Controller {
  private readonly teardown = new Teardown();

  constructor(private readonly deck: RevealApi) {}

  start(): void {
    this.teardown.on<MediaQueryListEvent>(window.matchMedia(PHONE_QUERY), 'change', (event) => this.deck.configure(slideSizeFor(event.matches)));
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
