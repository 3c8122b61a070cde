/**
 * The talk's planned seconds per slide as the deck must show them, written out by hand rather than
 * computed with the code under test (src/outline/pacing.ts): each slide's notes, read at the rate,
 * with 8 s at least (the overview has no notes). The characters read aloud per slide, from the cover:
 * 36, 247, 0, 150, 90, 104, 139, 115, 97, 117, 103, 129, 128, 94, 78, 101, 121, 100, 194, 10. A
 * change to the notes or the rule changes these, on purpose.
 */
export const plannedSeconds = {
  /** At the default 200 characters a minute. */
  200: [11, 74, 8, 45, 27, 31, 42, 35, 29, 35, 31, 39, 38, 28, 23, 30, 36, 30, 58, 8],
  /** At ?rate=220. */
  220: [10, 67, 8, 41, 25, 28, 38, 31, 26, 32, 28, 35, 35, 26, 21, 28, 33, 27, 53, 8],
} as const;
