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

/** A browser with Paint Timing whose first contentful paint happens when the test says so. */
function paintTimingBrowser() {
  const entries: string[] = [];
  const observers = new Set<() => void>();
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
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
  return {
    paint: () => {
      entries.push('first-contentful-paint');
      for (const callback of [...observers]) callback();
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

  it('waits for the first contentful paint, however long the machine takes to idle, and runs the task once', () => {
    const browser = paintTimingBrowser();
    const task = vi.fn();
    afterFirstPaint(task, 3000);
    vi.advanceTimersByTime(2000);
    expect(task).not.toHaveBeenCalled();
    browser.paint();
    vi.advanceTimersByTime(5000);
    expect([task.mock.calls.length, browser.observing]).toEqual([1, 0]);
  });

  it('runs at once (in the next task) on a page already painted', () => {
    const browser = paintTimingBrowser();
    browser.paint();
    const task = vi.fn();
    afterFirstPaint(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at its time limit on a page that never paints (a background tab)', () => {
    const browser = paintTimingBrowser();
    const task = vi.fn();
    afterFirstPaint(task, 3000);
    vi.advanceTimersByTime(2999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect([task.mock.calls.length, browser.observing]).toEqual([1, 0]);
  });

  it('runs nothing once cancelled', () => {
    const browser = paintTimingBrowser();
    const task = vi.fn();
    afterFirstPaint(task, 3000)();
    browser.paint();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
  });
});
