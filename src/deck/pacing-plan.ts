import type { RevealApi } from 'reveal.js';
import { boundedNumber, DEFAULT_RATE, MINUTES_RANGE, planAtRate, planForMinutes, RATE_RANGE, spokenLength } from '../outline/pacing.ts';
import { remember, remembered } from './storage.ts';

export interface PlannedSlide {
  slide: HTMLElement;
  seconds: number;
  /** Planned seconds from the start of the talk to this slide. */
  startsAt: number;
}

/**
 * The talk's plan: each slide's time from its notes at the speaking rate. `?rate=220`
 * (characters a minute) or `?minutes=10` (the whole talk) change it and are remembered;
 * nonsense values are ignored. Writes each slide's data-timing, as reveal.js expects.
 */
export class PacingPlan {
  readonly rate: number;
  readonly slides: PlannedSlide[];
  readonly totalSeconds: number;

  constructor(deck: RevealApi, search: string = window.location.search) {
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
    const sections = deck.getSlides();
    const lengths = sections.map((slide) => spokenLength(slide.querySelector(':scope > aside.notes')?.textContent ?? ''));
    let plan: number[];
    if (minutes !== undefined) {
      ({ plan, rate: this.rate } = planForMinutes(lengths, minutes));
    } else {
      this.rate = urlRate ?? boundedNumber(remembered('rate'), RATE_RANGE) ?? DEFAULT_RATE;
      plan = planAtRate(lengths, this.rate);
    }
    let startsAt = 0;
    this.slides = sections.map((slide, i) => {
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
