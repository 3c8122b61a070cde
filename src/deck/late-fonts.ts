import type { RevealApi } from 'reveal.js';

/**
 * The deck starts after at most 3 s without its fonts (wait-for-fonts.ts). When they arrive
 * later — a slow disk or server — the browser redraws the text, but what reveal.js measured
 * (the slides' scale, the scroll view's pages) was measured with the fallback font: lay the
 * deck out again with the real one.
 */
export class LateFontLayout {
  constructor(deck: RevealApi) {
    document.fonts.addEventListener('loadingdone', () => {
      if (deck.isReady()) deck.layout();
    });
  }
}
