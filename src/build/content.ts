/** Where the deck's content lives, relative to the project root: the one home for these paths. */
export const contentFiles = {
  dir: 'slides',
  outline: 'slides/outline.ts',
  speech: 'slides/speech.txt',
} as const;
