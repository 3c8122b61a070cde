import { family } from './source-font.ts';

export interface FontFile {
  weight: number;
  url: string;
  format: 'woff2' | 'truetype';
  /** The characters the file carries, when fewer than the deck's (the bold file: headings and UI). */
  unicodeRange?: string;
}

/** A unicode-range descriptor for these characters: runs of consecutive code points as ranges. */
export function unicodeRange(characters: string): string {
  const points = [...new Set([...characters].map((ch) => ch.codePointAt(0)!))].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase();
  const ranges: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    ranges.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

/**
 * The files fetched after the first slide is painted, declared for a page without JavaScript only:
 * with JavaScript, the deck copies them out once the first slide is up (src/shared/later-fonts.ts),
 * so no text laid out early (a neighbouring slide, the next page of the phone's scroll view) sends
 * for them while the first slide's fonts and code are still on their way.
 */
export function withoutScriptingOnly(rules: string): string {
  return rules === '' ? '' : `@media (scripting: none) {\n${rules}\n}`;
}

/** One @font-face rule per file of Noto Serif SC. */
export function fontFaceRules(files: readonly FontFile[]): string {
  return files
    .map(
      ({ weight, url, format, unicodeRange: range }) => `@font-face {
  font-family: '${family}';
  font-style: normal;
  font-weight: ${weight};
  /* The deck waits for these fonts before it shows a slide (src/deck/wait-for-fonts.ts), so swap never shows. */
  font-display: swap;
  src: url(${url}) format('${format}');${range ? `\n  unicode-range: ${range};` : ''}
}`,
    )
    .join('\n');
}
