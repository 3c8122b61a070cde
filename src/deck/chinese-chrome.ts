import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { strings } from '../strings.ts';
import { chineseStatusText } from './status-text.ts';

/**
 * reveal.js's own chrome in Chinese: the arrows' accessible names, the slide number's, the
 * jump-to-slide box (G), the screen reader's slide text; and blackout without its English "Resume presentation" button, so
 * B leaves nothing but black on the audience's screen.
 */
export class ChineseChrome implements Controller {
  private readonly teardown = new Teardown();

  constructor(private readonly deck: RevealApi) {}

  start(): void {
    const { deck } = this;
    const root = deck.getRevealElement()!;
    const labels: Record<string, string> = {
      'navigate-left': strings.previousSlide,
      'navigate-right': strings.nextSlide,
      'navigate-up': strings.aboveSlide,
      'navigate-down': strings.belowSlide,
    };
    for (const [className, label] of Object.entries(labels)) {
      root.querySelector(`.controls .${className}`)?.setAttribute('aria-label', label);
    }
    root.querySelector('.pause-overlay .resume-button')?.remove();
    // reveal.js builds the jump box when G is first pressed.
    this.teardown.observer(() => {
      const input = root.querySelector<HTMLInputElement>('.jump-to-slide-input');
      if (input && input.placeholder !== strings.jumpToSlide) {
        input.placeholder = strings.jumpToSlide;
        input.setAttribute('aria-label', strings.jumpToSlide);
      }
    }).observe(root, { childList: true });
    this.labelSlideNumber();
    this.teardown.onDeck(deck, 'slidechanged', () => this.labelSlideNumber());
    // What screen readers hear of each slide: Chinese full stops, not reveal.js's ".".
    const status = root.querySelector('.aria-status');
    if (status) {
      const fix = () => {
        const text = status.textContent ?? '';
        const fixed = chineseStatusText(text);
        if (fixed !== text) status.textContent = fixed;
      };
      this.teardown.observer(fix).observe(status, { childList: true, characterData: true, subtree: true });
      fix();
    }
  }

  destroy(): void {
    this.teardown.dispose();
  }

  private labelSlideNumber(): void {
    const number = this.deck.getRevealElement()?.querySelector('.slide-number');
    const slides = this.deck.getSlides();
    number?.setAttribute('aria-label', strings.slideNumberLabel(slides.indexOf(this.deck.getCurrentSlide()) + 1, slides.length));
  }
}
