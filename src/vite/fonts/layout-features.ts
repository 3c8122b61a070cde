/**
 * The OpenType features kept in the subset fonts: what browsers apply to horizontal Chinese text
 * by default (harfbuzz's defaults; subset-font would keep every feature of the font unless told),
 * plus the two that close up full-width punctuation:
 * - `chws`, contextual half-width spacing: a mark beside another mark gives up its blank half, so
 *   ”“ 、“ ”、 “「 take 1.5em. Chromium applies it for `text-spacing-trim` when the font has it;
 *   Firefox and WebKit, which lack text-spacing-trim, apply it for `font-feature-settings: "chws"`
 *   (src/theme/base.css). Cut from the whole font, its rules know every mark of the subset.
 * - `halt`, every mark in half an em: what Chromium's text-spacing-trim uses at a line's start.
 * Vertical-writing features (vert, vrt2, vchw, vhal, vpal, vkrn) and the alternates nobody asks
 * for (aalt, dlig, fwid, hwid, pwid, palt) are left out: the deck is set horizontally.
 */
export const layoutFeatures = [
  'ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'rclt', 'kern', 'mark', 'mkmk', 'curs', 'dist',
  'chws', 'halt',
];
