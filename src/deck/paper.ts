import type { RevealApi } from 'reveal.js';
import { LANDSCAPE } from './slide-size.ts';

/** reveal.js's own slide-number controller: how it numbers a slide on screen, in its configured format. */
interface SlideNumberController {
  getSlideNumber(slide: HTMLElement): string;
}

/** The attributes reveal.js puts on slides that are off screen, which would keep them out of a printed PDF's tags and outline. */
const OFF_SCREEN_ATTRIBUTES = ['hidden', 'aria-hidden', 'inert'] as const;

/**
 * Paper: Ctrl+P on the deck prints one 16:9 page per slide in the screen's look (src/theme/print.css).
 * - reveal.js's paper stylesheet restyles any page without the `print-pdf` class for plain paper
 *   (black headings, 20 pt text, no grounds, its English "Speaker notes" box); our print stylesheet
 *   lays the slides out instead, so the page opts out of it.
 * - Each slide carries, in `data-slide-number`, the number the audience sees on screen, in
 *   reveal.js's own format (reveal.js's print view would number pages 1, 2, 3… instead).
 * - The page is the projector's canvas, whatever the screen: paper is 16:9 like the slides.
 * - While printing, every slide is part of the document (reveal.js hides those off screen from
 *   assistive technology, which would leave them untagged and out of the PDF's outline).
 */
export class PaperController {
  private readonly pageStyle = document.createElement('style');
  private hiddenWhilePrinting: { slide: Element; attribute: string; value: string }[] = [];
  private slideNumber: SlideNumberController | undefined;

  constructor(private readonly deck: RevealApi) {
    document.documentElement.classList.add('print-pdf');
    const root = document.documentElement.style;
    root.setProperty('--deck-canvas-width', `${LANDSCAPE.width}px`);
    root.setProperty('--deck-canvas-height', `${LANDSCAPE.height}px`);
    this.pageStyle.textContent = `@page { size: ${LANDSCAPE.width}px ${LANDSCAPE.height}px; margin: 0; }`;
    document.head.append(this.pageStyle);
    // reveal.js hands its controllers, the slide number's among them, to plugins only.
    deck.registerPlugin({
      id: 'deck-paper',
      init: (reveal) => void (this.slideNumber = (reveal as unknown as { slideNumber?: SlideNumberController }).slideNumber),
    });
    deck.on('ready', () => this.numberSlides());
    window.addEventListener('beforeprint', () => this.showEverySlide());
    window.addEventListener('afterprint', () => this.restoreSlides());
  }

  private numberSlides(): void {
    const slideNumber = this.slideNumber;
    if (!slideNumber || !this.deck.getConfig().slideNumber) return;
    const scratch = document.createElement('template');
    for (const slide of this.deck.getSlides()) {
      scratch.innerHTML = slideNumber.getSlideNumber(slide);
      slide.dataset.slideNumber = (scratch.content.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
  }

  private showEverySlide(): void {
    this.restoreSlides();
    // Stacks too: a hidden stack hides its measures.
    for (const slide of this.deck.getSlidesElement()?.querySelectorAll('section') ?? []) {
      for (const attribute of OFF_SCREEN_ATTRIBUTES) {
        const value = slide.getAttribute(attribute);
        if (value === null) continue;
        this.hiddenWhilePrinting.push({ slide, attribute, value });
        slide.removeAttribute(attribute);
      }
    }
  }

  private restoreSlides(): void {
    for (const { slide, attribute, value } of this.hiddenWhilePrinting) slide.setAttribute(attribute, value);
    this.hiddenWhilePrinting = [];
  }
}
