import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * A slide hidden from screen readers (reveal.js marks every slide but the current aria-hidden)
 * must not hold focusable links either. In the overview every slide is on screen, so the
 * overview slide's links could take focus inside a hidden slide: Tab would land on what a
 * screen reader cannot announce. Here they leave the tab order while their slide is hidden.
 */
export class HiddenSlideFocus implements Controller {
  private readonly teardown = new Teardown();

  constructor(private readonly deck: RevealApi) {}

  start(): void {
    const slides = this.deck.getSlides().filter((slide) => slide.querySelector(FOCUSABLE));
    const sync = (slide: HTMLElement) => {
      const hidden = slide.getAttribute('aria-hidden') === 'true';
      for (const el of slide.querySelectorAll<HTMLElement>(FOCUSABLE)) {
        if (hidden) el.setAttribute('tabindex', '-1');
        else if (el.getAttribute('tabindex') === '-1') el.removeAttribute('tabindex');
      }
    };
    const observer = this.teardown.observer((changes) => {
      for (const change of changes) sync(change.target as HTMLElement);
    });
    for (const slide of slides) {
      sync(slide);
      observer.observe(slide, { attributes: true, attributeFilter: ['aria-hidden'] });
    }
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
