/** The weights of Noto Serif SC the theme uses: the font build ships exactly these. */
export const fontWeights = [400, 700] as const;
