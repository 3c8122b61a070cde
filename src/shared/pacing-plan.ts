import { boundedNumber, MINUTES_RANGE, planAtRate, planForMinutes, RATE_RANGE } from '../outline/pacing.ts';
import type { Controller } from './controller.ts';
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
 * and are remembered (on start); nonsense values are ignored. The plan is computed when made, so
 * the speaker view and rehearsal can read it; start() writes each slide's data-timing, as reveal.js
 * expects, and destroy() puts back what the page was built with.
 */
export class PacingPlan implements Controller {
  readonly rate: number;
  readonly slides: PlannedSlide[];
  readonly totalSeconds: number;
  private readonly urlMinutes: number | undefined;
  private readonly urlRate: number | undefined;

  constructor(
    private readonly content: DeckContent,
    search: string = window.location.search,
  ) {
    const params = new URLSearchParams(search);
    const urlMinutes = boundedNumber(params.get('minutes'), MINUTES_RANGE);
    const urlRate = boundedNumber(params.get('rate'), RATE_RANGE);
    this.urlMinutes = urlMinutes;
    this.urlRate = urlRate;
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
      const planned = { slide, seconds, startsAt };
      startsAt += seconds;
      return planned;
    });
    this.totalSeconds = startsAt;
  }

  start(): void {
    if (this.urlMinutes !== undefined) remember('minutes', String(this.urlMinutes));
    if (this.urlRate !== undefined) {
      remember('rate', String(this.urlRate));
      // A rate set now outranks a total remembered from before.
      if (this.urlMinutes === undefined) remember('minutes', '');
    }
    for (const { slide, seconds } of this.slides) slide.setAttribute('data-timing', String(seconds));
  }

  destroy(): void {
    // The page's own plan, at the deck's rate, as it was built.
    for (const { section, seconds } of this.content.slides) section.setAttribute('data-timing', String(seconds));
  }

  of(slide: Element | undefined): PlannedSlide | undefined {
    return this.slides.find((p) => p.slide === slide);
  }
}
