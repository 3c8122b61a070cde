import type { RevealApi } from 'reveal.js';
import { LANDSCAPE } from '../theme/canvas.ts';

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
 *   assistive technology, which would leave them untagged and out of the PDF's outline), and the
 *   overview's deep links point at their slides, so a saved PDF links to the pillars' pages.
 */
export class PaperController {
  private readonly pageStyle = document.createElement('style');
  private changedWhilePrinting: { element: Element; attribute: string; value: string | null }[] = [];
  private slideNumber: SlideNumberController | undefined;

  constructor(private readonly deck: RevealApi) {
    document.documentElement.classList.add('print-pdf');
    this.pageStyle.textContent = `@page { size: ${LANDSCAPE.width}px ${LANDSCAPE.height}px; margin: 0; }`;
    document.head.append(this.pageStyle);
    // reveal.js hands its controllers, the slide number's among them, to plugins only.
    deck.registerPlugin({
      id: 'deck-paper',
      init: (reveal) => void (this.slideNumber = (reveal as unknown as { slideNumber?: SlideNumberController }).slideNumber),
    });
    deck.on('ready', () => this.numberSlides());
    window.addEventListener('beforeprint', () => this.prepareToPrint());
    window.addEventListener('afterprint', () => this.restoreAfterPrinting());
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

  /** Sets an attribute for the time of printing (null removes it), to be put back afterwards. */
  private setWhilePrinting(element: Element, attribute: string, value: string | null): void {
    this.changedWhilePrinting.push({ element, attribute, value: element.getAttribute(attribute) });
    if (value === null) element.removeAttribute(attribute);
    else element.setAttribute(attribute, value);
  }

  private prepareToPrint(): void {
    this.restoreAfterPrinting();
    const slides = this.deck.getSlidesElement();
    // Stacks too: a hidden stack hides its measures.
    for (const section of slides?.querySelectorAll('section') ?? []) {
      for (const attribute of OFF_SCREEN_ATTRIBUTES) {
        if (section.hasAttribute(attribute)) this.setWhilePrinting(section, attribute, null);
      }
    }
    // A deep link (#/pillar-2) becomes a link to the slide's element, which a PDF keeps as a link to its page.
    for (const link of slides?.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]') ?? []) {
      const id = decodeURIComponent(link.getAttribute('href')!.slice(2));
      if (document.getElementById(id)) this.setWhilePrinting(link, 'href', `#${id}`);
    }
  }

  private restoreAfterPrinting(): void {
    for (const { element, attribute, value } of this.changedWhilePrinting.reverse()) {
      if (value === null) element.removeAttribute(attribute);
      else element.setAttribute(attribute, value);
    }
    this.changedWhilePrinting = [];
  }
}
