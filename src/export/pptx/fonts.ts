/**
 * The face every text of the PowerPoint file names, chosen once per file (docs/pptx-fonts.md).
 *
 * DrawingML names one typeface per script slot (`<a:latin>`, `<a:ea>`, `<a:cs>`) and has no list
 * of fallbacks: a client that lacks the face picks a substitute of its own. PowerPoint and WPS
 * pick it from the hints stored beside the name (the character set and the pitch-and-family
 * byte; Office ignores the PANOSE); LibreOffice asks fontconfig by name alone, and fontconfig
 * sends a name it does not know to a sans. So the default names 宋体 (SimSun), the Song face of
 * every Chinese Windows and of WPS, which fontconfig also knows as a serif; Noto Serif SC, the
 * deck's own face, is for a PC that has it installed, declared a serif so that PowerPoint and
 * WPS substitute 宋体 where it is missing.
 *
 * pptxgenjs is given the deck's family name and writes it with a sans's hints; finish.ts puts
 * the chosen face's declaration in its place, in every run, in the notes and in the theme.
 */
import { font } from '../../theme/tokens.ts';

/** The name pptxgenjs is given for every run and the theme; finish.ts replaces its declarations. */
export const pptxgenjsTypeface = font.family;

export interface PptxFace {
  /** The family name written into the file. */
  typeface: string;
  /** The face's own PANOSE, as its font file declares it (for clients that match on it). */
  panose: string;
  /** For `npm run pptx`'s message and the docs. */
  description: string;
}

export const faces = {
  song: { typeface: 'SimSun', panose: '02010600030101010101', description: '宋体 (SimSun), on every Chinese Windows and in WPS' },
  noto: { typeface: font.family, panose: '02020400000000000000', description: `${font.family}, the deck's own face: install it on the PC that shows the slides` },
} as const satisfies Record<string, PptxFace>;

export type FaceName = keyof typeof faces;
export const defaultFace: FaceName = 'song';

export const isFaceName = (name: string): name is FaceName => Object.hasOwn(faces, name);

/** The Song face the theme names for Simplified Chinese (`<a:font script="Hans">`), whatever the runs name. */
export const songTypeface = faces.song.typeface;

/** FF_ROMAN (0x10, a serif) | VARIABLE_PITCH (0x02): what a substitute should be. */
export const serifPitchFamily = 0x12;
/** The character set each script slot declares: ANSI, GB2312 (134 as a signed byte), ANSI. */
export const charsets = { latin: 0, ea: -122, cs: 0 } as const;

/** The attributes of one script slot's font declaration (`<a:latin>`, `<a:ea>`, `<a:cs>`). */
export function fontAttributes(face: PptxFace, slot: keyof typeof charsets): string {
  return `typeface="${face.typeface}" panose="${face.panose}" pitchFamily="${serifPitchFamily}" charset="${charsets[slot]}"`;
}

/** A run's font declarations: the face for every script slot, with its substitution hints. */
export const runFonts = (face: PptxFace) =>
  `<a:latin ${fontAttributes(face, 'latin')}/><a:ea ${fontAttributes(face, 'ea')}/><a:cs ${fontAttributes(face, 'cs')}/>`;
