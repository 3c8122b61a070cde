import type PptxGenJS from 'pptxgenjs';
import { gapText } from '../../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../../outline/model.ts';
import { hex, points } from './geometry.ts';
import { typeface } from './fonts.ts';

/** How a text is set: the theme's tokens, in px and em as the stylesheets give them. */
export interface TypeStyle {
  /** Font size, px (a token of sizes). */
  size: number;
  colour: string;
  bold?: boolean;
  /** Line height as a multiple of the size, as in CSS. */
  lineHeight: number;
  /** letter-spacing, em. */
  tracking?: number;
}

/** The character options of a run in this style: the font, in Chinese, at the token's size and colour. */
export function runOptions(style: TypeStyle): PptxGenJS.TextPropsOptions {
  return {
    fontFace: typeface,
    fontSize: points(style.size),
    color: hex(style.colour),
    bold: style.bold ?? false,
    lang: 'zh-CN',
    ...(style.tracking ? { charSpacing: points(style.tracking * style.size) } : {}),
  };
}

/**
 * Outline text as PowerPoint runs: words as they are, a filled blank as its value, an open one
 * as the deck's gap (ideographic spaces) underlined in the text's own colour — never asterisks.
 */
export function textRuns(model: DeckModel, text: string, style: TypeStyle): PptxGenJS.TextProps[] {
  const options = runOptions(style);
  return textParts(model, text).map((part) => {
    // Each run its own options: pptxgenjs writes paragraph settings into them.
    if ('text' in part) return { text: part.text, options: { ...options } };
    if (part.fillIn.value !== undefined) return { text: part.fillIn.value, options: { ...options } };
    return { text: gapText(part.fillIn.blank), options: { ...options, underline: { style: 'sng' } } };
  });
}
