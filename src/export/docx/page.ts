/**
 * The page of an official document (党政机关公文格式, GB/T 9704-2012), in the units Word files
 * use. The standard's figures (its clauses in brackets; see docs/office-files.md):
 * - A4, 210 × 297 mm (5.1); top margin (天头) 37 mm, left margin (订口) 28 mm, text block (版心)
 *   156 × 225 mm (5.2.1) — so 26 mm on the right and 35 mm at the foot;
 * - 22 lines a page of 28 characters each, filling the text block (5.2.3);
 * - body text 3号 仿宋 (5.2.2), the title 2号 小标宋 (7.3.1);
 * - page numbers 4号 半角宋体 digits between two 一字线 (— 1 —), 7 mm below the text block; odd
 *   pages on the right, even pages on the left, one character in from the edge (7.5).
 */

/** Twips (1/20 pt) in a millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

/** The sizes by their Chinese names (号), in points. */
export const POINTS = { 二号: 22, 三号: 16, 四号: 14 } as const;
/** Half-points, the unit of `w:sz`. */
export const halfPoints = (points: number) => points * 2;

export const GBT_9704 = {
  paper: { width: 210, height: 297 },
  margin: { top: 37, bottom: 35, left: 28, right: 26 },
  textBlock: { width: 156, height: 225 },
  lines: 22,
  charactersPerLine: 28,
  /** From the text block's foot down to the page number's 一字线. */
  pageNumberBelowText: 7,
} as const;

export const page = {
  width: twips(GBT_9704.paper.width),
  height: twips(GBT_9704.paper.height),
  margin: {
    top: twips(GBT_9704.margin.top),
    bottom: twips(GBT_9704.margin.bottom),
    left: twips(GBT_9704.margin.left),
    right: twips(GBT_9704.margin.right),
  },
};

/** The text block as the margins leave it, twips. */
export const textBlock = {
  width: page.width - page.margin.left - page.margin.right,
  height: page.height - page.margin.top - page.margin.bottom,
};

/**
 * The document grid (文档网格): 22 lines of 28 characters. The line pitch is the text block's
 * height over 22, rounded down so the 22nd line fits (579 twips, as Word's 公文 templates have it).
 * The character pitch is the text block's width over 28, written as `charSpace`: 4096ths of a
 * point added to the body's size (3号, 16 pt), rounded down so the 28th character fits.
 */
export const grid = {
  linePitch: Math.floor(textBlock.height / GBT_9704.lines),
  charSpace: Math.floor(((textBlock.width / 20 / GBT_9704.charactersPerLine) - POINTS.三号) * 4096),
  /** One character cell of the grid, twips (what a first-line indent of two characters takes). */
  cell: textBlock.width / GBT_9704.charactersPerLine,
};

/**
 * How far the footer's baseline area sits above the page's foot (`w:footer`, the distance from
 * the page's bottom edge to the bottom of the footer's line): the 一字线 of a 4号 page number
 * stands at the middle of its line, which is 7 mm below the text block.
 */
export const footerDistance = twips(GBT_9704.margin.bottom - GBT_9704.pageNumberBelowText - (POINTS.四号 * 25.4) / 72 / 2);

/** One character of the page number's size from the edge (7.5: 单页码居右空一字，双页码居左空一字), twips. */
export const pageNumberInset = POINTS.四号 * 20;
