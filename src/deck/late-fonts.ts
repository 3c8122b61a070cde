import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';

/**
 * The deck starts after at most 3 s without its fonts (wait-for-fonts.ts). When they arrive
 * later — a slow disk or server — the browser redraws the text, but what reveal.js measured
 * (the slides' scale, the scroll view's pages) was measured with the fallback font: lay the
 * deck out again with the real one. Only the faces already declared and not yet loaded when the
 * deck began count: the later slides' files (font-warm-up.ts) arrive after every start and
 * change nothing reveal.js measured, and a full layout of a phone's scroll view for each would
 * hold its first taps.
 */
export class LateFontLayout implements Controller {
  private readonly teardown = new Teardown();

  constructor(
    private readonly deck: RevealApi,
    private readonly fonts: FontFaceSet = document.fonts,
  ) {}

  start(): void {
    const pending = new Set<FontFace>();
    this.fonts.forEach((face) => {
      if (face.status !== 'loaded') pending.add(face);
    });
    this.teardown.on(this.fonts, 'loadingdone', (event) => {
      // An engine whose event names no faces (none known today) is taken to mean any of them.
      const loaded = (event as FontFaceSetLoadEvent).fontfaces ?? [...pending];
      if (this.deck.isReady() && loaded.some((face) => pending.has(face))) this.deck.layout();
    });
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
