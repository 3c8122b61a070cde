import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { LANDSCAPE, PHONE_QUERY, PORTRAIT, type SlideSize } from '../theme/canvas.ts';
import { viewFromUrl } from './reveal-config.ts';

/** The canvas for this screen: portrait on a phone, 16:9 elsewhere (src/theme/canvas.ts). */
export function slideSizeFor(isPhone: boolean): SlideSize {
  return isPhone ? PORTRAIT : LANDSCAPE;
}

/** Keeps the canvas in step with the viewport, e.g. when a phone turns to landscape. */
export class SlideSizeController implements Controller {
  private readonly teardown = new Teardown();

  constructor(private readonly deck: RevealApi) {}

  start(): void {
    // A phone starts in the scroll view (startingView); once turned, reveal.js's width rule
    // (scrollActivationWidth) decides between slides and scroll view, unless ?view=scroll asks.
    this.teardown.on<MediaQueryListEvent>(window.matchMedia(PHONE_QUERY), 'change', (event) => this.deck.configure({ ...slideSizeFor(event.matches), view: viewFromUrl().view ?? null }));
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
