import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { keepForTalk, keptForTalk } from '../shared/storage.ts';

const KEY = 'slide';

/** Whether this page load is a reload (F5) of the same page, rather than a visit to an address. */
function isReload(): boolean {
  const [entry] = performance.getEntriesByType?.('navigation') ?? [];
  return (entry as PerformanceNavigationTiming | undefined)?.type === 'reload';
}

/**
 * F5 mid-talk comes back at the slide on screen. The address alone may be a slide behind:
 * reveal.js writes it at most once a second. So the current slide is also kept for this tab,
 * and a reload returns to it; a visit to an address (a deep link) goes where the address says.
 */
export class ReloadPosition implements Controller {
  private readonly teardown = new Teardown();

  constructor(private readonly deck: RevealApi) {}

  start(): void {
    const { deck } = this;
    const kept = keptForTalk(KEY);
    const slide = kept ? deck.getSlides().find((s) => s.id === kept) : undefined;
    if (slide && isReload() && slide !== deck.getCurrentSlide()) {
      const { h, v } = deck.getIndices(slide);
      deck.slide(h, v ?? 0);
    }
    const keep = () => keepForTalk(KEY, deck.getCurrentSlide()?.id ?? null);
    keep();
    this.teardown.onDeck(deck, 'slidechanged', keep);
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
