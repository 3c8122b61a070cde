import { withAbsoluteUrls } from './absolute-urls.ts';

/**
 * The deck's font files beyond the first slide's are declared in its stylesheet for pages without
 * JavaScript only (`@media (scripting: none)`, src/vite/fonts/font-face.ts): the one place that
 * names them. A page that runs the deck declares them itself once the first slide is painted
 * (src/deck/font-warm-up.ts); these are their rules, taken from the stylesheets of `doc`.
 * Recognised as the @font-face rules inside an @media rule, not by the media's text: an engine
 * that does not know `scripting` (Chromium 86) keeps the rules but writes the media as `not all`.
 */
export interface LaterFonts {
  /** The @font-face rules, their URLs absolute, so a copy in another window finds the files. */
  css: string;
  /** One text per rule that makes the browser fetch its file: a weight and a character it covers. */
  samples: { weight: string; text: string }[];
}

const FONT_FACE_RULE = 5; // CSSRule.FONT_FACE_RULE
const MEDIA_RULE = 4; // CSSRule.MEDIA_RULE

export function laterFonts(doc: Document): LaterFonts {
  const rules: string[] = [];
  const samples: LaterFonts['samples'] = [];
  for (const sheet of doc.styleSheets) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // a stylesheet from elsewhere, which the deck has none of
    }
    for (const rule of list) {
      if (rule.type !== MEDIA_RULE) continue;
      for (const inner of (rule as CSSMediaRule).cssRules) {
        if (inner.type !== FONT_FACE_RULE) continue;
        const { style } = inner as CSSFontFaceRule;
        rules.push(withAbsoluteUrls(inner.cssText, sheet.href ?? doc.baseURI));
        samples.push({ weight: style.getPropertyValue('font-weight') || '400', text: firstCharacter(style.getPropertyValue('unicode-range')) });
      }
    }
  }
  return { css: rules.join('\n'), samples };
}

/** The first character a unicode-range names (`U+4E00-4E01, …` → 一). */
export function firstCharacter(unicodeRange: string): string {
  const first = /U\+([0-9A-F]+)/i.exec(unicodeRange);
  return first ? String.fromCodePoint(parseInt(first[1]!, 16)) : '';
}
