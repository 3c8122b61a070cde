import { describe, expect, it } from 'vitest';
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
