import { boundedNumber, MINUTES_RANGE, planAtRate, planForMinutes, RATE_RANGE } from '../outline/pacing.ts';
import type { DeckContent } from './deck-content.ts';
import { remember, remembered } from './storage.ts';

export interface PlannedSlide {
  slide: HTMLElement;
  seconds: number;
  /** Planned seconds from the start of the talk to this slide. */
  startsAt: number;
}

/**
 * The talk's plan: each slide's time from its notes at the speaking rate. The page model carries
 * each slide's spoken characters and its seconds at the deck's rate; `?rate=220` (characters a
 * minute) or `?minutes=10` (the whole talk) plan again with the same rule (src/outline/pacing.ts)
 * and are remembered; nonsense values are ignored. Writes each slide's data-timing, as reveal.js expects.
 */
export class PacingPlan {
  readonly rate: number;
  readonly slides: PlannedSlide[];
  readonly totalSeconds: number;

  constructor(content: DeckContent, search: string = window.location.search) {
    const params = new URLSearchParams(search);
    const urlMinutes = boundedNumber(params.get('minutes'), MINUTES_RANGE);
    const urlRate = boundedNumber(params.get('rate'), RATE_RANGE);
    if (urlMinutes !== undefined) remember('minutes', String(urlMinutes));
    if (urlRate !== undefined) {
      remember('rate', String(urlRate));
      // A rate set now outranks a total remembered from before.
      if (urlMinutes === undefined) remember('minutes', '');
    }
    const minutes = urlMinutes ?? (urlRate === undefined ? boundedNumber(remembered('minutes'), MINUTES_RANGE) : undefined);
    const lengths = content.slides.map((slide) => slide.spoken);
    let plan: number[];
    if (minutes !== undefined) {
      ({ plan, rate: this.rate } = planForMinutes(lengths, minutes));
    } else {
      this.rate = urlRate ?? boundedNumber(remembered('rate'), RATE_RANGE) ?? content.rate;
      plan = this.rate === content.rate ? content.slides.map((slide) => slide.seconds) : planAtRate(lengths, this.rate);
    }
    let startsAt = 0;
    this.slides = content.slides.map(({ section: slide }, i) => {
      const seconds = plan[i]!;
      slide.setAttribute('data-timing', String(seconds));
      const planned = { slide, seconds, startsAt };
      startsAt += seconds;
      return planned;
    });
    this.totalSeconds = startsAt;
  }

  of(slide: Element | undefined): PlannedSlide | undefined {
    return this.slides.find((p) => p.slide === slide);
  }
}
