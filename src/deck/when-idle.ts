/**
 * Runs `task` once the first slide is painted and the browser has a moment: in an idle period where
 * the browser offers them (requestIdleCallback: Chromium, Firefox), else in the task after the
 * next frame (Safari). `limitMs` caps the wait on a page that is never idle. Returns a cancel.
 */
export function whenIdle(task: () => void, limitMs = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => task(), { timeout: limitMs });
    return () => window.cancelIdleCallback(handle);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `task` once the page has painted content: when the browser reports its first contentful
 * paint (Paint Timing: Chromium, Firefox, Safari 14.1+), else after the next frame. An idle
 * callback alone is no such signal: on a busy machine its time limit can run out before the paint.
 * `limitMs` caps the wait: a tab opened in the background paints nothing. Returns a cancel.
 */
export function afterFirstPaint(task: () => void, limitMs = 3000): () => void {
  const cancels: (() => void)[] = [];
  const cancel = () => cancels.splice(0).forEach((undo) => undo());
  const run = () => {
    cancel();
    task();
  };
  const timer = setTimeout(run, limitMs);
  cancels.push(() => clearTimeout(timer));
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const frame = requestAnimationFrame(() => {
      const next = setTimeout(run, 0);
      cancels.push(() => clearTimeout(next));
    });
    cancels.push(() => cancelAnimationFrame(frame));
  } else if (painted()) {
    const next = setTimeout(run, 0);
    cancels.push(() => clearTimeout(next));
  } else {
    const observer = new PerformanceObserver(() => {
      if (painted()) run();
    });
    observer.observe({ type: 'paint' });
    cancels.push(() => observer.disconnect());
  }
  return cancel;
}

/**
 * Runs `steps` in order, each in an idle period of its own (whenIdle), so that no one task holds
 * the page: a phone stays responsive to a tap while the deck's controllers start. Returns a cancel.
 */
export function inTurns(steps: readonly (() => void)[], schedule: (task: () => void) => () => void = whenIdle): () => void {
  let cancel = () => {};
  const next = (i: number) => {
    if (i >= steps.length) return;
    cancel = schedule(() => {
      steps[i]!();
      next(i + 1);
    });
  };
  next(0);
  return () => cancel();
}
