import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { LANDSCAPE, PHONE_QUERY, PORTRAIT, type SlideSize } from '../theme/canvas.ts';
import { viewFromUrl } from './reveal-config.ts';
import { inScrollView, scrollToSlide } from './scroll-view-deep-link.ts';

/** The canvas for this screen: portrait on a phone, 16:9 elsewhere (src/theme/canvas.ts). */
export function slideSizeFor(isPhone: boolean): SlideSize {
  return isPhone ? PORTRAIT : LANDSCAPE;
}

/** Keeps the canvas in step with the viewport, e.g. when a phone turns to landscape. */
export class SlideSizeController implements Controller {
  private readonly teardown = new Teardown();

  constructor(private readonly deck: RevealApi) {}

  /** The slide being read when the window last changed size, before reveal.js's own resize handling. */
  private reading: { h: number; v?: number } | undefined;

  start(): void {
    // Started before reveal.js binds its resize handler, so this one runs first: reveal.js may turn
    // its scroll view on there (its width rule), and so move to where the scroll view last was.
    this.teardown.on(window, 'resize', () => (this.reading = this.deck.isReady() ? this.deck.getIndices() : undefined));
    this.teardown.on<MediaQueryListEvent>(window.matchMedia(PHONE_QUERY), 'change', (event) => this.follow(event.matches));
  }

  private follow(isPhone: boolean): void {
    if (!this.deck.isReady()) return; // main.ts initialises the deck for the screen as it is then
    const { h, v } = this.reading ?? this.deck.getIndices();
    // A phone starts in the scroll view (startingView); once turned, reveal.js's width rule
    // (scrollActivationWidth) decides between slides and scroll view, unless ?view=scroll asks.
    this.deck.configure({ ...slideSizeFor(isPhone), view: viewFromUrl().view ?? null });
    // Turned back, the scroll view comes on where this tab last scrolled it (reveal.js keeps that
    // in sessionStorage), not at the slide the reader went on to in landscape.
    if (inScrollView(this.deck)) scrollToSlide(this.deck, h, v ?? 0);
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
