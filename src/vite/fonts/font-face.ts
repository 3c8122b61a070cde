import { family } from './source-font.ts';

export interface FontFile {
  weight: number;
  url: string;
  format: 'woff2' | 'truetype';
}

/** One @font-face rule per weight of Noto Serif SC. */
export function fontFaceRules(files: readonly FontFile[]): string {
  return files
    .map(
      ({ weight, url, format }) => `@font-face {
  font-family: '${family}';
  font-style: normal;
  font-weight: ${weight};
  /* The deck waits for these fonts before it shows a slide (src/deck/wait-for-fonts.ts), so swap never shows. */
  font-display: swap;
  src: url(${url}) format('${format}');
}`,
    )
    .join('\n');
}
