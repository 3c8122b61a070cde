/**
 * The OpenType features kept in the subset fonts: what browsers apply to horizontal Chinese text
 * by default (harfbuzz's defaults), plus the CJK punctuation spacing features — `chws`/`halt`,
 * which Chromium's text-spacing-trim uses to close up adjacent full-width punctuation, and
 * `palt`, proportional widths a stylesheet may ask for. Vertical-writing features are left out.
 */
export const layoutFeatures = [
  'ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'rclt', 'kern', 'mark', 'mkmk', 'curs', 'dist',
  'chws', 'halt', 'palt',
];
