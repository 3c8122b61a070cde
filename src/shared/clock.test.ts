import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, paceOnSlide } from './clock.ts';

describe('speaker view time', () => {
  it('formats durations as mm:ss, and hours when there are any', () => {
    expect(formatDuration(75)).toBe('01:15');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(-30)).toBe('00:30');
  });

  it('reads the clock in 24-hour time', () => {
    expect(formatClock(new Date(2026, 10, 29, 14, 5))).toBe('14:05');
    expect(formatClock(new Date(2026, 10, 29, 9, 7))).toBe('09:07');
  });

  it('says ahead, behind or on plan for the current slide', () => {
    expect(paceOnSlide(100, 90, 120, 180)).toEqual({ state: 'ahead', seconds: 30 });
    expect(paceOnSlide(200, 130, 120, 180)).toEqual({ state: 'behind', seconds: 20 });
    expect(paceOnSlide(150, 118, 120, 180)).toEqual({ state: 'on-plan' });
  });
});
