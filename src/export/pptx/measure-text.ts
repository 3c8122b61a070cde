/**
 * Lines of slide text, laid out here rather than by the client: DrawingML has no "no break
 * inside this run", and PowerPoint, WPS and LibreOffice break Chinese between any two characters
 * (专｜题, 社会｜主义). So the writer cuts the text into phrases where src/render/phrases.ts allows
 * a break (the deck's one set of rules: words by jieba, the unbreakable terms, punctuation kept
 * with its word), wraps whole phrases into lines by an estimate of their width, and writes each
 * line end as an explicit break (`<a:br/>`). The box is wider than its widest line by a margin
 * (SAFETY_EM), so a client whose font runs a shade wider never wraps inside a line.
 *
 * Widths are estimated without a font: Chinese characters, full-width punctuation and the gap
 * of an open blank are 1em wide in Noto Serif SC and in the serif a PC falls back to (SimSun);
 * digits and Latin letters are taken as 0.6em.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]|[\u{20000}-\u{3fffd}]/u;
const NARROW_EM = 0.6;

/**
 * Room kept free at the end of every line, em: a client's glyphs a shade wider than the
 * estimate (SimSun's Latin, a fallback face, synthetic bold, spacing added between Chinese and
 * Latin text) still leave the line as written, a whole character short of the box's edge.
 */
export const SAFETY_EM = 1;

export interface TextStyle {
  /** Font size, px. */
  size: number;
  /** Extra space after every character (letter-spacing), em. */
  tracking?: number;
}

/**
 * Text cut where a line may break: each phrase stays on one line. A phrase is given as its
 * pieces (most have one): the words of a term too long for a line (src/render/phrases.ts's
 * fallbacks), taken apart only where the phrase alone is wider than the line.
 */
export type Phrases = readonly (readonly string[])[];

/** A character's advance, em. */
function advance(ch: string): number {
  return WIDE.test(ch) || ch === '\u3000' ? 1 : NARROW_EM;
}

/** The width of a text on one line, px. */
export function textWidth(text: string, style: TextStyle): number {
  return [...text].reduce((sum, ch) => sum + (advance(ch) + (style.tracking ?? 0)) * style.size, 0);
}

/** The margin kept free on every line, px. */
export const safetyMargin = (style: TextStyle) => SAFETY_EM * style.size;

/** The text of the phrases. */
export const phrasesText = (phrases: Phrases) => phrases.map((p) => p.join('')).join('');

/**
 * The lines of the phrases wrapped greedily into a box `width` px wide, the safety margin kept
 * free: every line break falls between two phrases. A phrase wider than any line is taken apart
 * at its pieces; a piece wider than a line gets a line of its own (and the client wraps it).
 */
export function wrapLines(phrases: Phrases, width: number, style: TextStyle): string[] {
  const room = width - safetyMargin(style);
  // A hair of tolerance: a box as wide as its widest line plus the margin wraps as measured.
  const fits = (text: string) => textWidth(text, style) <= room + 1e-6;
  const lines: string[] = [];
  let line = '';
  const place = (unit: string) => {
    if (line !== '' && !fits(line + unit)) {
      lines.push(line);
      line = unit;
    } else {
      line += unit;
    }
  };
  for (const phrase of phrases) {
    const whole = phrase.join('');
    if (phrase.length === 1 || fits(whole)) place(whole);
    else phrase.forEach(place);
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

export function lineCount(phrases: Phrases, width: number, style: TextStyle): number {
  return wrapLines(phrases, width, style).length;
}

/** The widest line of the phrases wrapped into `width`, px. */
function widestLine(phrases: Phrases, width: number, style: TextStyle): number {
  return Math.max(...wrapLines(phrases, width, style).map((line) => textWidth(line, style)));
}

/**
 * The narrowest box width, at most `maxWidth`, that keeps the text to as few lines as `maxWidth`
 * does: lines of even length, as the deck's `text-wrap: balance` sets headings and key phrases,
 * rather than a long line and a short one. The widest line plus the safety margin, so the
 * phrases wrap into a box this wide exactly as they did in the search.
 */
export function balancedWidth(phrases: Phrases, maxWidth: number, style: TextStyle): number {
  const lines = lineCount(phrases, maxWidth, style);
  if (lines === 1) return Math.min(maxWidth, textWidth(phrasesText(phrases), style) + safetyMargin(style));
  let low = maxWidth / lines;
  let high = maxWidth;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (lineCount(phrases, mid, style) > lines) low = mid;
    else high = mid;
  }
  return Math.min(maxWidth, widestLine(phrases, high, style) + safetyMargin(style));
}
