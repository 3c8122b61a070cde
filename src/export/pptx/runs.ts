import type PptxGenJS from 'pptxgenjs';
import { gapText } from '../../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../../outline/model.ts';
import { hex, points } from './geometry.ts';
import { pptxgenjsTypeface } from './fonts.ts';

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
    fontFace: pptxgenjsTypeface,
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
 * With `lines` (the shown text cut into lines, src/export/pptx/text-box.ts), a run is split where
 * a line ends and the next line starts with a line break (`<a:br/>`: one paragraph still, so an
 * edit reflows it). A line never ends inside a fill-in.
 */
export function textRuns(model: DeckModel, text: string, style: TypeStyle, lines: readonly string[] = []): PptxGenJS.TextProps[] {
  const options = runOptions(style);
  // Each run its own options: pptxgenjs writes paragraph settings into them.
  const runs = textParts(model, text).map((part): { text: string; options: PptxGenJS.TextPropsOptions; fillIn: boolean } => {
    if ('text' in part) return { text: part.text, options: { ...options }, fillIn: false };
    if (part.fillIn.value !== undefined) return { text: part.fillIn.value, options: { ...options }, fillIn: true };
    return { text: gapText(part.fillIn.blank), options: { ...options, underline: { style: 'sng' } }, fillIn: true };
  });
  if (lines.length > 0 && lines.join('') !== runs.map((run) => run.text).join('')) {
    throw new Error(`PowerPoint writer: the lines ${JSON.stringify(lines)} are not the text ${JSON.stringify(text)}`);
  }
  // Where each line but the last ends, as an offset into the shown text.
  const ends = new Set<number>();
  lines.slice(0, -1).reduce((at, line) => (ends.add(at + line.length), at + line.length), 0);
  const out: PptxGenJS.TextProps[] = [];
  let at = 0;
  for (const run of runs) {
    const cuts = [0, ...[...ends].filter((end) => end > at && end < at + run.text.length).map((end) => end - at), run.text.length];
    if (run.fillIn && cuts.length > 2) throw new Error(`PowerPoint writer: a line break inside a fill-in, in ${JSON.stringify(text)}`);
    cuts.slice(1).forEach((cut, i) => {
      const from = cuts[i]!;
      const softBreakBefore = ends.has(at + from);
      out.push({ text: run.text.slice(from, cut), options: softBreakBefore ? { ...run.options, softBreakBefore } : { ...run.options } });
    });
    at += run.text.length;
  }
  return out;
}
