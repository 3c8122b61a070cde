import { describe, expect, it } from 'vitest';
import { rehearsalResult } from '../outline/pacing.ts';
import { SlideStopwatch } from './rehearsal.ts';

describe('the rehearsal stopwatch', () => {
  it('adds up the time on each slide, across visits', () => {
    const a = {} as Element;
    const b = {} as Element;
    const watch = new SlideStopwatch();
    watch.enter(a, 0);
    watch.enter(b, 30_000);
    watch.enter(a, 45_000);
    watch.leave(50_000);
    expect(watch.secondsOn(a)).toBe(35);
    expect(watch.secondsOn(b)).toBe(15);
  });
});

describe('what a rehearsal reports (rehearsalResult)', () => {
  // Four slides of 100, 200, 300 and 400 characters: 1000 in all.
  const slides = (actual: number[]) => actual.map((seconds, i) => ({ planned: 30, actual: seconds, spoken: (i + 1) * 100 }));

  it('a slow, whole run: every slide timed, the rate over them all, proposed', () => {
    const result = rehearsalResult(slides([30, 60, 90, 120]));
    expect(result.skipped).toEqual([false, false, false, false]);
    expect(result.rate).toBe(200); // 1000 characters in 300 s
    expect(result.proposal).toBe(200);
  });

  it('a click-through: every slide under 2 s is skipped, no rate, nothing proposed', () => {
    const result = rehearsalResult(slides([0.4, 0.5, 1.9, 0.3]));
    expect(result.skipped).toEqual([true, true, true, true]);
    expect(result.timedShare).toBe(0);
    expect(result.rate).toBeUndefined();
    expect(result.proposal).toBeUndefined();
  });

  it('a partial run: the rate from the timed slides alone, when they hold half the speech or more', () => {
    const result = rehearsalResult(slides([0.5, 1, 90, 120])); // 700 characters timed in 210 s
    expect(result.skipped).toEqual([true, true, false, false]);
    expect(result.timedShare).toBe(0.7);
    expect(result.rate).toBe(200);
    expect(result.proposal).toBe(200);
    expect(rehearsalResult(slides([30, 60, 1, 1])).rate).toBeUndefined(); // 300 of 1000 timed
  });

  it('never proposes a rate outside 120–320 characters a minute', () => {
    const fast = rehearsalResult(slides([3, 3, 3, 3])); // 1000 characters in 12 s
    expect(fast.rate).toBe(5000);
    expect(fast.proposal).toBeUndefined();
    expect(rehearsalResult(slides([100, 200, 300, 400])).proposal).toBeUndefined(); // 60 a minute
    expect(rehearsalResult(slides([18.75, 37.5, 56.25, 75])).proposal).toBe(320); // 1000 in 187.5 s: the fastest proposed
  });
});
