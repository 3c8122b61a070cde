import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { LANDSCAPE } from '../theme/canvas.ts';

/** The attributes reveal.js puts on slides that are off screen, which would keep them out of a printed PDF's tags and outline. */
const OFF_SCREEN_ATTRIBUTES = ['hidden', 'aria-hidden', 'inert'] as const;

/**
 * Paper: Ctrl+P on the deck prints one 16:9 page per slide in the screen's look (src/theme/print.css).
 * - reveal.js's paper stylesheet restyles any page without the `print-pdf` class for plain paper
 *   (black headings, 20 pt text, no grounds, its English "Speaker notes" box); our print stylesheet
 *   lays the slides out instead, so the page opts out of it.
 * - Each slide carries, in `data-slide-number`, the number the audience sees on screen, written
 *   into the markup from the slide model (src/render/deck.ts); reveal.js's print view would number
 *   pages 1, 2, 3… instead. Nothing to compute here, so the first paint pays nothing for paper.
 * - The page is the projector's canvas, whatever the screen: paper is 16:9 like the slides.
 * - While printing, every slide is part of the document (reveal.js hides those off screen from
 *   assistive technology, which would leave them untagged and out of the PDF's outline), and the
 *   overview's deep links point at their slides, so a saved PDF links to the pillars' pages.
 */
export class PaperController implements Controller {
  private readonly teardown = new Teardown();
  private changedWhilePrinting: { element: Element; attribute: string; value: string | null }[] = [];

  constructor(private readonly deck: RevealApi) {}

  start(): void {
    const root = document.documentElement;
    if (!root.classList.contains('print-pdf')) {
      root.classList.add('print-pdf');
      this.teardown.later(() => root.classList.remove('print-pdf'));
    }
    const pageStyle = document.createElement('style');
    pageStyle.textContent = `@page { size: ${LANDSCAPE.width}px ${LANDSCAPE.height}px; margin: 0; }`;
    this.teardown.append(document.head, pageStyle);
    this.teardown.on(window, 'beforeprint', () => this.prepareToPrint());
    this.teardown.on(window, 'afterprint', () => this.restoreAfterPrinting());
    this.teardown.later(() => this.restoreAfterPrinting());
  }

  destroy(): void {
    this.teardown.dispose();
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
