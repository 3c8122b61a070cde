/** Time as the speaker view shows it: pure functions, tested without a browser. */

/** 75 → "01:15"; 3725 → "1:02:05". Negative times are shown as their size. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.abs(Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** The wall clock in 24-hour time, as a Chinese meeting room reads it: "14:05". */
export function formatClock(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export type Pace = { state: 'ahead' | 'behind'; seconds: number } | { state: 'on-plan' };

/**
 * Where the presenter stands against the plan on the current slide: ahead when this slide came
 * up before its planned start, behind when its planned end has passed, on plan in between.
 */
export function paceOnSlide(elapsed: number, arrivedAt: number, plannedStart: number, plannedEnd: number): Pace {
  if (elapsed > plannedEnd) return { state: 'behind', seconds: elapsed - plannedEnd };
  if (arrivedAt < plannedStart - 5) return { state: 'ahead', seconds: plannedStart - arrivedAt };
  return { state: 'on-plan' };
}
