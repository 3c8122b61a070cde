import { describe, expect, it } from 'vitest';
import { parseClockState } from './talk-clock.ts';

describe('the talk clock kept for a reload', () => {
  const now = 1_800_000_000_000;

  it('reads back the start and each slide’s arrival', () => {
    const kept = JSON.stringify({ startedAt: now - 90_000, arrivals: { cover: 0, 'pillar-1': 42.5 } });
    expect(parseClockState(kept, now)).toEqual({ startedAt: now - 90_000, arrivals: { cover: 0, 'pillar-1': 42.5 } });
  });

  it('starts a new talk from nothing, broken text, or a start in the future', () => {
    expect(parseClockState(null, now)).toBeUndefined();
    expect(parseClockState('{not json', now)).toBeUndefined();
    expect(parseClockState(JSON.stringify({ startedAt: 'yesterday' }), now)).toBeUndefined();
    expect(parseClockState(JSON.stringify({ startedAt: now + 60_000, arrivals: {} }), now)).toBeUndefined();
  });

  it('drops arrivals that are not numbers, and keeps the rest', () => {
    const kept = JSON.stringify({ startedAt: now - 1000, arrivals: { cover: 'soon', opening: 3 } });
    expect(parseClockState(kept, now)).toEqual({ startedAt: now - 1000, arrivals: { opening: 3 } });
  });
});
