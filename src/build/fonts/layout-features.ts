/**
 * The OpenType features kept in the subset fonts: what browsers apply to horizontal Chinese text
 * by default (harfbuzz's defaults), plus `halt`, which Chromium's text-spacing-trim applies to
 * one mark of each adjacent pair of full-width punctuation to close the doubled gap, and `palt`,
 * proportional widths a stylesheet may ask for.
 * `chws` is left out on purpose: it is contextual, and after the merge each of its lookups knows
 * only the marks of its own @fontsource slice (“” sit in one slice, ，。、 in another), while a
 * font that claims it makes Chromium skip its own halt-based trimming — so pairs such as ，“ or
 * ”。 would stay 2em wide. Vertical-writing features (vchw, vhal) are left out: the deck is horizontal.
 */
export const layoutFeatures = [
  'ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'rclt', 'kern', 'mark', 'mkmk', 'curs', 'dist',
  'halt', 'palt',
];
