import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';

/** Whether reveal.js shows its scroll view (phones): one page per slide, read by scrolling. */
export function inScrollView(deck: RevealApi): boolean {
  return deck.getViewportElement()?.classList.contains('reveal-scroll') ?? false;
}

/** Where a #/<id> or #/<h>/<v> link points, as deck indices; undefined when it names nothing. */
export function indicesForHash(deck: RevealApi, hash: string): { h: number; v: number } | undefined {
  const path = decodeURIComponent(hash.replace(/^#\/?/, ''));
  if (path === '') return undefined;
  const numeric = path.match(/^(\d+)(?:\/(\d+))?$/);
  if (numeric) return { h: Number(numeric[1]), v: Number(numeric[2] ?? 0) };
  const slide = document.getElementById(path.split('/')[0]!);
  if (!slide || slide.closest('.slides') === null) return undefined;
  const { h, v } = deck.getIndices(slide);
  return { h, v: v ?? 0 };
}

/** Scrolls the scroll view so the page holding slide h.v starts at the top; false when there is no such slide. */
export function scrollToSlide(deck: RevealApi, h: number, v: number): boolean {
  const viewport = deck.getViewportElement();
  // In the scroll view reveal.js keeps each slide's original indices on the slide itself.
  const slide = viewport?.querySelector(`.scroll-page section[data-index-h="${h}"][data-index-v="${v}"]`);
  const page = slide?.closest<HTMLElement>('.scroll-page');
  if (!viewport || !page) return false;
  viewport.scrollTop += page.getBoundingClientRect().top - viewport.getBoundingClientRect().top;
  return true;
}

/** What reveal.js's `beforeslidechange` event carries. */
interface SlideChangeEvent extends Event {
  indexh: number;
  indexv: number;
}

/**
 * Makes every way of reaching a slide in the scroll view land on it: a #/<id> link the page is
 * opened with, the overview's links, search, the speaker view.
 *
 * reveal.js's scroll view starts at the first slide whatever the URL says, then rewrites the URL.
 * And it scrolls to slide i of n at i/n of the scrollable height, which is i/n of a page short of
 * the slide's own page; scroll snapping then settles on the page before once that exceeds half a
 * page (from the 11th slide of 20 on). So this controller scrolls to the slide's page itself.
 */
export class ScrollViewDeepLink implements Controller {
  private readonly teardown = new Teardown();

  /** `openedWith`: the address the page was opened with, read before reveal.js rewrites it. */
  constructor(
    private readonly deck: RevealApi,
    private readonly openedWith: string = window.location.hash,
  ) {}

  start(): void {
    const { deck } = this;
    this.teardown.onDeck(deck, 'beforeslidechange', (event) => {
      const { indexh, indexv } = event as SlideChangeEvent;
      if (inScrollView(deck) && scrollToSlide(deck, indexh, indexv ?? 0)) event.preventDefault();
    });
    this.teardown.onDeck(deck, 'ready', () => {
      if (inScrollView(deck)) return this.landOnLink();
      // reveal.js turns the scroll view on when it first sees a narrow screen: after `ready` when
      // the page had no width yet at the start (a frame still being laid out). It then returns to
      // where this tab last scrolled (sessionStorage), over the link: land on the link once it is on.
      const viewport = deck.getViewportElement();
      if (!viewport) return;
      const observer = this.teardown.observer(() => {
        if (!inScrollView(deck)) return;
        observer.disconnect();
        this.landOnLink();
      });
      observer.observe(viewport, { attributes: true, attributeFilter: ['class'] });
    });
  }

  /** Scrolls to the slide the page was opened with, and names it in the address again. */
  private landOnLink(): void {
    const target = indicesForHash(this.deck, this.openedWith);
    if (!target || !scrollToSlide(this.deck, target.h, target.v)) return;
    window.history.replaceState(null, '', this.openedWith);
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
