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
