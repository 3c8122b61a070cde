import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, inTurns } from './when-idle.ts';

/** A scheduler that holds its tasks until the test runs them, one per call to `tick`. */
function heldTasks() {
  const queue: (() => void)[] = [];
  return {
    schedule: (task: () => void) => {
      queue.push(task);
      return () => void queue.splice(queue.indexOf(task), 1);
    },
    tick: () => queue.shift()?.(),
    get pending() {
      return queue.length;
    },
  };
}

describe('inTurns', () => {
  it('runs each step in a task of its own, in order, the next scheduled only once the one before has run', () => {
    const tasks = heldTasks();
    const ran: number[] = [];
    inTurns([1, 2, 3].map((n) => () => ran.push(n)), tasks.schedule);
    expect([ran, tasks.pending]).toEqual([[], 1]);
    tasks.tick();
    expect([ran, tasks.pending]).toEqual([[1], 1]);
    tasks.tick();
    tasks.tick();
    expect([ran, tasks.pending]).toEqual([[1, 2, 3], 0]);
  });

  it('runs nothing more once cancelled', () => {
    const tasks = heldTasks();
    const ran: number[] = [];
    const cancel = inTurns([1, 2].map((n) => () => ran.push(n)), tasks.schedule);
    tasks.tick();
    cancel();
    tasks.tick();
    expect([ran, tasks.pending]).toEqual([[1], 0]);
  });
});

/**
 * A browser whose frames and first contentful paint happen when the test says so; with Paint
 * Timing (Chromium, Firefox) or without it (an older Safari).
 */
function browserWith({ paintTiming }: { paintTiming: boolean }) {
  const entries: string[] = [];
  const observers = new Set<() => void>();
  let frameCallbacks: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint'] : ['navigation'];
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.add(this.callback);
    }
    disconnect() {
      observers.delete(this.callback);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.stubGlobal('performance', { getEntriesByName: (name: string) => entries.filter((entry) => entry === name) });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frameCallbacks.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => (frameCallbacks[handle - 1] = () => {}));
  return {
    paint: () => {
      entries.push('first-contentful-paint');
      for (const callback of [...observers]) callback();
    },
    frame: () => {
      const due = frameCallbacks;
      frameCallbacks = [];
      due.forEach((callback) => callback());
    },
    get observing() {
      return observers.size;
    },
  };
}

describe('afterFirstPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task once, when the first contentful paint is reported (Chromium), not before', () => {
    const browser = browserWith({ paintTiming: true });
    const task = vi.fn();
    afterFirstPaint(task, { settleMs: 250, limitMs: 3000 });
    browser.frame();
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
    browser.paint();
    browser.frame();
    vi.advanceTimersByTime(5000);
    expect([task.mock.calls.length, browser.observing]).toEqual([1, 0]);
  });

  it('with no report of the paint (Firefox, often), runs settleMs after the second frame', () => {
    const browser = browserWith({ paintTiming: true });
    const task = vi.fn();
    afterFirstPaint(task, { settleMs: 250, limitMs: 3000 });
    browser.frame();
    vi.advanceTimersByTime(400);
    browser.frame();
    vi.advanceTimersByTime(249);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect([task.mock.calls.length, browser.observing]).toEqual([1, 0]);
  });

  it('without Paint Timing, runs after the second frame', () => {
    const browser = browserWith({ paintTiming: false });
    const task = vi.fn();
    afterFirstPaint(task);
    browser.frame();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
    browser.frame();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs in the next task on a page already painted', () => {
    const browser = browserWith({ paintTiming: true });
    browser.paint();
    const task = vi.fn();
    afterFirstPaint(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at its time limit on a page that draws no frame (a background tab)', () => {
    const browser = browserWith({ paintTiming: true });
    const task = vi.fn();
    afterFirstPaint(task, { limitMs: 3000 });
    vi.advanceTimersByTime(2999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect([task.mock.calls.length, browser.observing]).toEqual([1, 0]);
  });

  it('runs nothing once cancelled', () => {
    const browser = browserWith({ paintTiming: true });
    const task = vi.fn();
    afterFirstPaint(task)();
    browser.paint();
    browser.frame();
    browser.frame();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
  });
});
