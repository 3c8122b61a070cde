/**
 * How long each slide should take, from the text the presenter reads: the characters of its
 * notes at a speaking rate. One home for the rule, used at build time (data-timing) and in the
 * browser when the presenter sets another rate or a total time.
 */

/** A measured pace for a formal speech read aloud, in characters per minute. */
export const DEFAULT_RATE = 200;
/** A slide without notes (the overview) still stands on screen for a moment. */
export const MIN_SLIDE_SECONDS = 8;
/** Rates and totals outside these bounds are typing errors, not plans. */
export const RATE_RANGE = { min: 60, max: 600 } as const;
export const MINUTES_RANGE = { min: 1, max: 240 } as const;
/** The rates a rehearsal may propose for the next plan: a speech read aloud, slowly or briskly. */
export const PROPOSED_RATE_RANGE = { min: 120, max: 320 } as const;
/** A slide shown for less than this was skipped in a rehearsal (clicked past), not spoken. */
export const SKIPPED_BELOW_SECONDS = 2;

/** One slide of a rehearsal: its plan, the time it was on screen, the characters read on it. */
export interface RehearsedSlide {
  planned: number;
  actual: number;
  spoken: number;
}

/**
 * What a rehearsal shows: which slides were timed (on screen for SKIPPED_BELOW_SECONDS or more),
 * the rate spoken over those alone, and whether it may propose that rate for the next plan. No
 * rate when less than half the speech was timed (a click-through says nothing of the speaker's
 * pace); no proposal outside PROPOSED_RATE_RANGE.
 */
export function rehearsalResult(slides: readonly RehearsedSlide[]): {
  skipped: boolean[];
  actualSeconds: number;
  timedShare: number;
  rate: number | undefined;
  proposal: number | undefined;
} {
  const skipped = slides.map((slide) => slide.actual < SKIPPED_BELOW_SECONDS);
  const timed = slides.filter((_, i) => !skipped[i]);
  const spoken = slides.reduce((sum, slide) => sum + slide.spoken, 0);
  const timedSpoken = timed.reduce((sum, slide) => sum + slide.spoken, 0);
  const timedSeconds = timed.reduce((sum, slide) => sum + slide.actual, 0);
  const timedShare = spoken > 0 ? timedSpoken / spoken : 0;
  const rate = timedShare >= 0.5 && timedSeconds > 0 ? Math.round(timedSpoken / (timedSeconds / 60)) : undefined;
  const proposal = rate !== undefined && rate >= PROPOSED_RATE_RANGE.min && rate <= PROPOSED_RATE_RANGE.max ? rate : undefined;
  return { skipped, actualSeconds: slides.reduce((sum, slide) => sum + slide.actual, 0), timedShare, rate, proposal };
}

/** The characters read aloud: everything but white space (a blank's gap included). */
export function spokenLength(text: string): number {
  return [...text.replace(/\s/g, '')].length;
}

/** Planned seconds per slide, from each slide's spoken length, at `rate` characters a minute. */
export function planAtRate(lengths: readonly number[], rate: number): number[] {
  return lengths.map((length) => Math.max(MIN_SLIDE_SECONDS, Math.round((length / rate) * 60)));
}

/**
 * Planned seconds per slide for a total of `minutes`: the rate that fills the time with the
 * text. Returns the plan and that rate.
 */
export function planForMinutes(lengths: readonly number[], minutes: number): { plan: number[]; rate: number } {
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const rate = Math.max(1, total / minutes);
  return { plan: planAtRate(lengths, rate), rate };
}

/** A number from a URL or storage within bounds, or undefined (never NaN, negative or absurd). */
export function boundedNumber(raw: string | null | undefined, range: { min: number; max: number }): number | undefined {
  if (raw === null || raw === undefined || !/^\d+(\.\d+)?$/.test(raw.trim())) return undefined;
  const value = Number(raw);
  return value >= range.min && value <= range.max ? value : undefined;
}
