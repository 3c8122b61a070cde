/**
 * The font every text names, and how a PC without it falls back. PowerPoint and WPS pick a
 * substitute for a missing font from the hints stored beside its name: its PANOSE class, its
 * pitch-and-family byte and its character set. We name Noto Serif SC for Latin, East Asian and
 * complex scripts alike, and declare it a serif (PANOSE 2-2-4…, as Noto Serif CJK itself does;
 * family FF_ROMAN) with the GB2312 character set for East Asian text, so a Chinese Windows
 * substitutes its CJK serif, 宋体 (SimSun), rather than a sans (微软雅黑, 等线) or boxes.
 * pptxgenjs writes the name with the hints of a sans (pitchFamily 0x22, FF_SWISS); finish.ts
 * puts these in their place. Fonts cannot be embedded: pptxgenjs has no way to (docs/powerpoint.md).
 */
import { font } from '../../theme/tokens.ts';

export const typeface = font.family;
/** Noto Serif CJK's own PANOSE: Latin text, cove serifs, book weight. */
export const serifPanose = '02020400000000000000';
/** FF_ROMAN (0x10, proportional serif) | VARIABLE_PITCH (0x02). */
export const serifPitchFamily = 0x12;
/** The character set each script slot declares: ANSI, GB2312 (134 as a signed byte), ANSI. */
export const charsets = { latin: 0, ea: -122, cs: 0 } as const;
/** The CJK serif of every Chinese Windows and WPS's default: the theme's fallback for Simplified Chinese. */
export const fallbackTypeface = '宋体';

/** The attributes of one script slot's font declaration (`<a:latin>`, `<a:ea>`, `<a:cs>`). */
export function fontAttributes(slot: keyof typeof charsets): string {
  return `typeface="${typeface}" panose="${serifPanose}" pitchFamily="${serifPitchFamily}" charset="${charsets[slot]}"`;
}

/** A run's font declarations: our serif for every script slot, with its fallback hints. */
export const runFonts = `<a:latin ${fontAttributes('latin')}/><a:ea ${fontAttributes('ea')}/><a:cs ${fontAttributes('cs')}/>`;
