import type { DeckModel } from '../../outline/model.ts';
import { deckTitle } from '../../outline/slide-model.ts';
import { paperAnchor, renderSlides } from '../../render/deck.ts';
import { LANDSCAPE } from '../../theme/canvas.ts';
import { renderPaperDocument } from './paper-document.ts';

/**
 * slides.pdf's document: the deck's slides as the page renders them, in the deck's stylesheet,
 * printed as Ctrl+P prints the deck (src/theme/print.css: one canvas-sized page per slide, its
 * on-screen number in its corner) without running the deck. As src/deck/paper.ts does while
 * printing, the page opts out of reveal.js's paper stylesheet (`print-pdf`) and the overview
 * links to its pillars' pages.
 */
export function renderSlidesDocument(model: DeckModel, deckStylesheet: string): string {
  return renderPaperDocument({
    lang: model.outline.lang,
    title: deckTitle(model),
    deckStylesheet,
    css: `@page { size: ${LANDSCAPE.width}px ${LANDSCAPE.height}px; margin: 0; }`,
    body: `<div class="reveal"><div class="slides">${renderSlides(model, paperAnchor)}</div></div>`,
    htmlClass: 'print-pdf',
    pageNumbers: false,
  });
}
