/**
 * How many lines a text takes in a box, estimated without a font: PowerPoint lays text out when
 * it opens the file, so the writer sizes each box for the worst case of the clients we target.
 * - Chinese characters, full-width punctuation and the gap of an open blank are 1em wide in
 *   Noto Serif SC and in the serif a PC falls back to (SimSun); digits and Latin letters are
 *   taken as 0.6em.
 * - Breaks follow the strictest client: LibreOffice (ICU, UAX #14) breaks neither before nor
 *   after “ ” ‘ ’, and every client keeps closing marks off a line start and opening marks off
 *   a line end (clreq). A client that breaks more freely fits at least as much on a line.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]|[\u{20000}-\u{3fffd}]/u;
const NARROW_EM = 0.6;
/** No line starts with these. */
const CLOSING = new Set([...'，。、；：？！）》」』】〕〉…·’”%']);
/** No line ends with these. */
const OPENING = new Set([...'（《「『【〔〈‘“']);
/** Quotation marks: LibreOffice breaks neither before nor after them (UAX #14, class QU). */
const QUOTES = new Set([...'“”‘’']);

export interface TextStyle {
  /** Font size, px. */
  size: number;
  /** Extra space after every character (letter-spacing), em. */
  tracking?: number;
}

/** A character's advance, em. */
function advance(ch: string): number {
  return WIDE.test(ch) || ch === '\u3000' ? 1 : NARROW_EM;
}

/** The width of a text on one line, px. */
export function textWidth(text: string, style: TextStyle): number {
  return [...text].reduce((sum, ch) => sum + (advance(ch) + (style.tracking ?? 0)) * style.size, 0);
}

/**
 * The text as units that never break inside: single wide characters, runs of narrow ones
 * (a number), each glued to the marks that may not be parted from it.
 */
export function unbreakableUnits(text: string): string[] {
  const chars = [...text];
  const units: string[] = [];
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    const joinsPrevious =
      prev !== undefined &&
      (CLOSING.has(ch) ||
        OPENING.has(prev) ||
        QUOTES.has(ch) ||
        QUOTES.has(prev) ||
        (!WIDE.test(ch) && ch !== ' ' && ch !== '\u3000' && !WIDE.test(prev) && prev !== ' ' && prev !== '\u3000'));
    if (joinsPrevious && units.length > 0) units[units.length - 1] += ch;
    else units.push(ch);
  });
  return units;
}

/** The lines of a text wrapped greedily into `width` px. A unit wider than the box gets a line of its own. */
export function wrapLines(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of unbreakableUnits(text)) {
    if (line !== '' && textWidth(line + unit, style) > width) {
      lines.push(line);
      line = unit.replace(/^ +/, '');
    } else {
      line += unit;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

export function lineCount(text: string, width: number, style: TextStyle): number {
  return wrapLines(text, width, style).length;
}

/** The widest line of the text wrapped into `width`, px. */
function widestLine(text: string, width: number, style: TextStyle): number {
  return Math.max(...wrapLines(text, width, style).map((line) => textWidth(line, style)));
}

/**
 * The narrowest box width, at most `maxWidth`, that keeps the text to as few lines as `maxWidth`
 * does: lines of even length, as the deck's `text-wrap: balance` sets headings and key phrases,
 * rather than a long line and a short one. The width of the widest line, so a box this wide
 * (plus a margin under one character) wraps the same way in any client.
 */
export function balancedWidth(text: string, maxWidth: number, style: TextStyle): number {
  const lines = lineCount(text, maxWidth, style);
  if (lines === 1) return textWidth(text, style);
  let low = maxWidth / lines;
  let high = maxWidth;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (lineCount(text, mid, style) > lines) low = mid;
    else high = mid;
  }
  return widestLine(text, high, style);
}
