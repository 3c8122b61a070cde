import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';

/**
 * The deck starts after at most 3 s without its fonts (wait-for-fonts.ts). When they arrive
 * later — a slow disk or server — the browser redraws the text, but what reveal.js measured
 * (the slides' scale, the scroll view's pages) was measured with the fallback font: lay the
 * deck out again with the real one.
 *
 * Only then: a deck that started in its fonts has nothing to measure again when the files for
 * the other slides arrive (font-warm-up.ts), and on a phone reveal.js's layout of the scroll
 * view is a long task just after the first paint.
 */
export class LateFontLayout implements Controller {
  private readonly teardown = new Teardown();

  /** `startedWithoutFonts`: whether the deck was laid out before its first slide's fonts had loaded. */
  constructor(
    private readonly deck: RevealApi,
    private readonly startedWithoutFonts: () => boolean = () => true,
  ) {}

  start(): void {
    this.teardown.on(document.fonts, 'loadingdone', () => {
      if (this.deck.isReady() && this.startedWithoutFonts()) this.deck.layout();
    });
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
