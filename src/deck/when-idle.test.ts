import { describe, expect, it } from 'vitest';
import { inTurns } from './when-idle.ts';

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
