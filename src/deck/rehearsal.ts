import type { RevealApi } from 'reveal.js';
import { PROPOSED_RATE_RANGE, rehearsalResult } from '../outline/pacing.ts';
import { formatDuration } from '../shared/clock.ts';
import { type Controller, Teardown } from '../shared/controller.ts';
import { keysFor } from '../shared/keys.ts';
import { strings } from '../strings.ts';
import { dialogPanel, textTable } from './dialog.ts';
import type { DeckContent } from '../shared/deck-content.ts';
import type { PacingPlan } from '../shared/pacing-plan.ts';

/** Time spent on each slide, from slide changes: pure, so it is tested without a browser. */
export class SlideStopwatch {
  private readonly spent = new Map<Element, number>();
  private current: { slide: Element; since: number } | undefined;

  enter(slide: Element, now: number): void {
    this.leave(now);
    this.current = { slide, since: now };
  }

  leave(now: number): void {
    if (!this.current) return;
    const { slide, since } = this.current;
    this.spent.set(slide, (this.spent.get(slide) ?? 0) + (now - since) / 1000);
    this.current = undefined;
  }

  secondsOn(slide: Element): number {
    return this.spent.get(slide) ?? 0;
  }
}

/**
 * `?rehearse`: the deck times each slide while the presenter rehearses; past the last slide
 * (→ once more, or the 结束排练 button) it shows plan against actual per slide and the rate
 * actually spoken, with a link that plans the next rehearsal at that rate. A slide clicked past
 * (under 2 s) counts as skipped; a run that timed too little of the speech gives no rate, and no
 * absurd rate is ever proposed (rehearsalResult in src/outline/pacing.ts).
 */
export class Rehearsal implements Controller {
  private readonly teardown = new Teardown();
  private readonly stopwatch = new SlideStopwatch();
  private readonly report: HTMLElement;
  private readonly parts: { heading: HTMLElement; close: HTMLButtonElement };

  constructor(
    private readonly deck: RevealApi,
    private readonly content: DeckContent,
    private readonly plan: PacingPlan,
  ) {
    // Made here, added to the page by start(); its 关闭 button's listener goes with it.
    const { panel, heading, close } = dialogPanel('deck-rehearsal-report', strings.rehearsalTitle, () => (this.report.hidden = true));
    this.report = panel;
    this.parts = { heading, close };
  }

  start(): void {
    const { deck } = this;
    const badge = document.createElement('button');
    badge.type = 'button';
    badge.className = 'deck-rehearsal';
    badge.textContent = strings.rehearsalStop;
    this.teardown.on(badge, 'click', () => this.finish());
    this.teardown.append(deck.getRevealElement()!, badge, this.report);
    this.stopwatch.enter(deck.getCurrentSlide(), Date.now());
    this.teardown.onDeck(deck, 'slidechanged', () => this.stopwatch.enter(deck.getCurrentSlide(), Date.now()));
    // The keys that move on (strings.keys): pressed on the last slide, they end the rehearsal.
    const forward = keysFor('next');
    // Capture: read before reveal.js moves on, so the key that reaches the last slide does not end it.
    this.teardown.on<KeyboardEvent>(
      document,
      'keydown',
      (event) => {
        if (forward.includes(event.key) && deck.isLastSlide() && this.report.hidden) this.finish();
      },
      true,
    );
  }

  destroy(): void {
    this.teardown.dispose();
  }

  finish(): void {
    this.stopwatch.leave(Date.now());
    const rows = this.plan.slides.map(({ slide, seconds }, i) => ({
      page: i + 1,
      planned: seconds,
      actual: this.stopwatch.secondsOn(slide),
      spoken: this.content.slides[i]?.spoken ?? 0,
    }));
    const result = rehearsalResult(rows);
    const table = textTable(
      [strings.rehearsalPage, strings.rehearsalPlanned, strings.rehearsalActual],
      rows.map((row, i) => [String(row.page), formatDuration(row.planned), result.skipped[i] ? strings.rehearsalSkipped : formatDuration(row.actual)]),
    );
    const paragraph = (className: string, text: string) => Object.assign(document.createElement('p'), { className, textContent: text });
    const planned = formatDuration(this.plan.totalSeconds);
    const actual = formatDuration(result.actualSeconds);
    const parts: HTMLElement[] = [];
    if (result.rate === undefined) {
      parts.push(paragraph('deck-rehearsal-report__summary', strings.rehearsalTimes(planned, actual)));
      parts.push(paragraph('deck-rehearsal-report__why', strings.rehearsalTooLittle(Math.round(result.timedShare * 100))));
    } else {
      parts.push(paragraph('deck-rehearsal-report__summary', strings.rehearsalSummary(planned, actual, result.rate)));
      if (result.proposal === undefined) {
        parts.push(paragraph('deck-rehearsal-report__why', strings.rehearsalRateUnusable(result.rate, PROPOSED_RATE_RANGE.min, PROPOSED_RATE_RANGE.max)));
      } else {
        const next = document.createElement('a');
        next.className = 'deck-rehearsal-report__next';
        next.href = `?rate=${result.proposal}${window.location.hash}`;
        next.textContent = strings.rehearsalUseRate(result.proposal);
        parts.push(next);
      }
    }
    const tableBox = document.createElement('div');
    tableBox.className = 'deck-rehearsal-report__table';
    tableBox.append(table);
    this.report.replaceChildren(this.parts.heading, ...parts, tableBox, this.parts.close);
    this.report.hidden = false;
    if (result.rate === undefined) delete this.report.dataset.rate;
    else this.report.dataset.rate = String(result.rate);
  }
}
