import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { inScrollView } from './scroll-view-deep-link.ts';

/**
 * In the scroll view (phones) reveal.js never writes the address, so a reload or a shared link
 * returns to the cover. This keeps `#/<id>` on the slide being read as the reader scrolls.
 * The address changes at most once per `minIntervalMs`, as in the slide view: Safari refuses more
 * than 100 history changes in 30 s. The last change is always written, once the interval is over.
 */
export class ScrollViewAddress implements Controller {
  private readonly teardown = new Teardown();
  private lastWrite = Number.NEGATIVE_INFINITY;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deck: RevealApi,
    private readonly minIntervalMs = 1000,
  ) {}

  start(): void {
    this.teardown.onDeck(this.deck, 'slidechanged', () => {
      if (inScrollView(this.deck)) this.schedule();
    });
  }

  destroy(): void {
    this.teardown.dispose();
    clearTimeout(this.pending);
    this.pending = undefined;
  }

  private schedule(): void {
    if (this.pending !== undefined) return;
    // Never inside reveal.js's own event: at the start that is the page's longest task already.
    const wait = Math.max(0, this.lastWrite + this.minIntervalMs - Date.now());
    this.pending = setTimeout(() => this.write(), wait);
  }

  private write(): void {
    this.pending = undefined;
    this.lastWrite = Date.now();
    // Read when written, not when scheduled: the reader may have scrolled on meanwhile.
    if (!inScrollView(this.deck)) return;
    const hash = '#' + this.deck.getSlidePath();
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }
}
