import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';

/**
 * The deck starts after at most 3 s without its fonts (wait-for-fonts.ts). When they arrive
 * later — a slow disk or server — the browser redraws the text, but what reveal.js measured
 * (the slides' scale, the scroll view's pages) was measured with the fallback font: lay the
 * deck out again with the real one. Every arrival counts, the later slides' files too: limiting it to
 * the faces the deck started without was tried twice and taken back (docs/benchmark.md).
 */
export class LateFontLayout implements Controller {
  private readonly teardown = new Teardown();

  constructor(private readonly deck: RevealApi) {}

  start(): void {
    this.teardown.on(document.fonts, 'loadingdone', () => {
      if (this.deck.isReady()) this.deck.layout();
    });
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
