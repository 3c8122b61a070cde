// @vitest-environment happy-dom
import type { RevealApi } from 'reveal.js';
import { describe, expect, it } from 'vitest';
import { ScrollViewDeepLink } from './scroll-view-deep-link.ts';

/** A deck whose scroll view is turned on when the test says: its pages, and the `ready` event. */
function deckWithLateScrollView() {
  document.body.innerHTML = '<div class="reveal-viewport"><div class="reveal"><div class="slides"></div></div></div>';
  const viewport = document.querySelector<HTMLElement>('.reveal-viewport')!;
  const handlers = new Map<string, EventListener[]>();
  const deck = {
    on: (type: string, fn: EventListener) => handlers.set(type, [...(handlers.get(type) ?? []), fn]),
    off: () => {},
    getViewportElement: () => viewport,
    getIndices: (slide: HTMLElement) => ({ h: Number(slide.dataset.indexH), v: Number(slide.dataset.indexV) }),
  } as unknown as RevealApi;
  return {
    deck,
    ready: () => handlers.get('ready')?.forEach((fn) => fn(new Event('ready'))),
    /** What reveal.js's scrollView.activate() does: pages built, then the scroll position it remembers. */
    turnOnScrollView: () => {
      viewport.classList.add('reveal-scroll');
      document.querySelector('.slides')!.innerHTML = ['cover', 'pillar-4']
        .map((id, h) => `<div class="scroll-page"><section id="${id}" data-index-h="${h}" data-index-v="0"></section></div>`)
        .join('');
      window.history.replaceState(null, '', '#/cover');
    },
  };
}

describe('ScrollViewDeepLink', () => {
  it('lands on the link when reveal.js turns the scroll view on only after ready', async () => {
    window.history.replaceState(null, '', '#/pillar-4');
    const page = deckWithLateScrollView();
    const link = new ScrollViewDeepLink(page.deck, '#/pillar-4');
    link.start();
    page.ready();
    page.turnOnScrollView();
    expect(window.location.hash).toBe('#/cover');
    await Promise.resolve(); // the observer's turn, once reveal.js's activation has run to its end
    expect(window.location.hash).toBe('#/pillar-4');
    link.destroy();
  });
});
