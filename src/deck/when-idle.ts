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
 * Runs `task` once the page has painted content. Chromium reports its first contentful paint
 * (Paint Timing) when the frame is on screen, a little after the frame's own work: that report is
 * the signal, since an idle callback can come between the two. Firefox often reports none, so
 * two animation frames (the first painted) and `settleMs` also do; a browser without Paint Timing
 * goes after the two frames. `limitMs` caps the wait: a tab opened in the background draws no
 * frames. Returns a cancel.
 */
export function afterFirstPaint(task: () => void, { settleMs = 250, limitMs = 3000 } = {}): () => void {
  const cancels: (() => void)[] = [];
  const cancel = () => cancels.splice(0).forEach((undo) => undo());
  const run = () => {
    cancel();
    task();
  };
  const after = (ms: number) => {
    const timer = setTimeout(run, ms);
    cancels.push(() => clearTimeout(timer));
  };
  const reportsPaint = typeof PerformanceObserver !== 'undefined' && !!PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (reportsPaint) {
    if (performance.getEntriesByName('first-contentful-paint').length > 0) {
      after(0);
      return cancel;
    }
    const observer = new PerformanceObserver(() => {
      if (performance.getEntriesByName('first-contentful-paint').length > 0) run();
    });
    observer.observe({ type: 'paint' });
    cancels.push(() => observer.disconnect());
  }
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => after(reportsPaint ? settleMs : 0));
  });
  cancels.push(() => cancelAnimationFrame(frame));
  after(limitMs);
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
