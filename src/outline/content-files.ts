/** Where the deck's content lives, relative to the project root: the one home for these paths. */
export const contentFiles = {
  dir: 'slides',
  outline: 'slides/outline.ts',
  speech: 'slides/speech.txt',
  /** The presenter's fill-in values; DECK_FILL_INS names another file (test builds, rehearsals). */
  fillInValues: 'slides/fill-ins.ts',
  /** Terms a line break must never split. */
  unbreakableTerms: 'slides/unbreakable-terms.ts',
} as const;

/** The values file this build reads, relative to the root. */
export function fillInValuesFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.DECK_FILL_INS || contentFiles.fillInValues;
}
