/**
 * Which characters the deck can show, so the subset fonts carry exactly those glyphs.
 */

/** Printable ASCII: digits, Latin letters and symbols that UI labels, numbers and URLs use. */
export const printableAscii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/**
 * Full-width CJK punctuation, shipped even when the text does not use it yet: CSS generated
 * content (quotation marks, separators) may add it without touching the slides.
 */
export const cjkPunctuation = '“”‘’「」『』（）《》〈〉。，、；：？！…—·\u3000';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text an HTML page shows: element content without scripts, styles, comments or tags. */
export function htmlText(html: string): string {
  const content = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(content);
}

/** The strings of CSS `content:` declarations (generated text such as quotation marks). */
export function cssContentText(css: string): string {
  const strings: string[] = [];
  for (const [, value] of css.matchAll(/content\s*:\s*([^;}]*)/g)) {
    for (const [, , text] of value!.matchAll(/(["'])((?:\\.|(?!\1).)*)\1/g)) {
      strings.push(text!.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/\\(.)/g, '$1'));
    }
  }
  return strings.join('');
}

/**
 * Unique drawable code points of all texts, sorted: control characters need no glyph, nor do
 * default-ignorable ones (the zero-width space that lets a line break between phrases).
 */
export function characterSet(...texts: string[]): string {
  const points = new Set<number>();
  for (const text of texts) for (const ch of text) points.add(ch.codePointAt(0)!);
  return [...points]
    .filter((cp) => cp >= 0x20 && !(cp >= 0x7f && cp <= 0x9f) && !/\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(cp)))
    .sort((a, b) => a - b)
    .map((cp) => String.fromCodePoint(cp))
    .join('');
}
