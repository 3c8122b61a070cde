import type { RevealApi } from 'reveal.js';

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

/**
 * reveal.js's scroll view (phones) starts at the first slide whatever the URL says, and then
 * rewrites the URL. Remember the link the page was opened with and go there once ready.
 */
export class ScrollViewDeepLink {
  constructor(deck: RevealApi, openedWith: string = window.location.hash) {
    deck.on('ready', () => {
      const viewport = deck.getViewportElement();
      if (!viewport?.classList.contains('reveal-scroll')) return;
      const target = indicesForHash(deck, openedWith);
      if (!target) return;
      deck.slide(target.h, target.v);
      window.history.replaceState(null, '', openedWith);
    });
  }
}
