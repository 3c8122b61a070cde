import { describe, expect, it } from 'vitest';
import { boundedNumber, MIN_SLIDE_SECONDS, planAtRate, planForMinutes, RATE_RANGE, spokenLength } from './pacing.ts';

describe('pacing from the text', () => {
  it('counts the characters read aloud, not white space', () => {
    expect(spokenLength('坚持学思想为先，\n 在前。')).toBe(11);
  });

  it('plans characters ÷ rate, with a minimum for a slide without notes', () => {
    expect(planAtRate([400, 0, 100], 200)).toEqual([120, MIN_SLIDE_SECONDS, 30]);
    expect(planAtRate([440], 220)).toEqual([120]);
  });

  it('fills a total time by choosing the rate', () => {
    const { plan, rate } = planForMinutes([600, 1200], 3);
    expect(rate).toBe(600);
    expect(plan).toEqual([60, 120]);
  });

  it('takes only sensible numbers from a URL', () => {
    expect(boundedNumber('220', RATE_RANGE)).toBe(220);
    for (const bad of ['-5', 'abc', '1e9', '99999', '', null, undefined, '0']) expect(boundedNumber(bad, RATE_RANGE), String(bad)).toBeUndefined();
  });
});
