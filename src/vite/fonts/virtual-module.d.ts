// Provided by deckFontsPlugin (plugin.ts): importing it brings in the deck's web-font CSS.
declare module 'virtual:deck-fonts' {
  /** The family the theme sets every text in. */
  export const family: string;
  /** Its weights the theme uses (src/theme/font-weights.ts). */
  export const weights: readonly number[];
}
