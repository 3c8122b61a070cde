/**
 * What pptxgenjs 4.0.1 cannot express, set in the package it wrote. Each step edits one shape
 * of markup that pptxgenjs writes, and fails loudly if that shape is not found, so an upgrade
 * that changes the markup cannot slip through unnoticed.
 * - A paragraph of several runs (a fill-in amid words) gets an `<a:pPr>` before every run;
 *   the schema allows one, first, and PowerPoint offers to repair the file (gitbrent/PptxGenJS#1081).
 * - A solid slide background lacks the `<a:effectLst/>` PowerPoint writes (gitbrent/PptxGenJS#1442).
 * - Fonts are declared by the name pptxgenjs was given, with a sans's hints, and the theme has no
 *   East Asian font: the chosen face takes their place (fonts.ts).
 * - The document has no language; the notes are one run tagged English (notes.ts).
 * - A line break (`<a:br/>`, text-box.ts) has no character properties, so PowerPoint gives it its
 *   default (18 pt, English), and text typed at the break comes out in that: it gets the run's.
 */
import JSZip from 'jszip';
import { fontAttributes, pptxgenjsTypeface, runFonts, songTypeface, type PptxFace } from './fonts.ts';
import { escapeXml, notesXml, type NotesParagraphs } from './notes.ts';

class PackageShapeError extends Error {
  constructor(part: string, what: string) {
    super(`PowerPoint writer: ${part} is not as pptxgenjs 4.0.1 writes it (${what}); check src/export/pptx/finish.ts against the installed pptxgenjs`);
  }
}

/** Replaces every match, requiring at least `min` of them. */
function replaceAll(xml: string, part: string, pattern: RegExp, replacement: string | ((...args: string[]) => string), min = 1): string {
  const count = xml.match(pattern)?.length ?? 0;
  if (count < min) throw new PackageShapeError(part, `expected ${pattern}`);
  return xml.replace(pattern, replacement as string);
}

/** Keeps the first paragraph-properties element of each paragraph, drops the copies before later runs. */
export function onePPrPerParagraph(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, body: string) => {
    let seen = false;
    const kept = body.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (pPr) => {
      if (seen) return '';
      seen = true;
      return pPr;
    });
    return `<a:p>${kept}</a:p>`;
  });
}

/** pptxgenjs's declaration of the typeface it was given, for a run: latin, ea, cs with a sans's pitch family. */
const RUN_FONTS = new RegExp(
  `<a:latin typeface="${pptxgenjsTypeface}" pitchFamily="34" charset="0"/><a:ea typeface="${pptxgenjsTypeface}" pitchFamily="34" charset="-122"/><a:cs typeface="${pptxgenjsTypeface}" pitchFamily="34" charset="-120"/>`,
  'g',
);

/** Gives each line break the character properties of the run it ends, as PowerPoint writes one. */
export function breaksLikeTheirRuns(xml: string): string {
  return xml.replace(/(<a:rPr\b[^>]*?(?:\/>|>(?:(?!<\/a:rPr>)[\s\S])*<\/a:rPr>))<a:t>([^<]*)<\/a:t><\/a:r><a:br\/>/g, (_whole, rPr: string, text: string) => `${rPr}<a:t>${text}</a:t></a:r><a:br>${rPr}</a:br>`);
}

export function finishSlide(xml: string, part: string, face: PptxFace): string {
  let out = breaksLikeTheirRuns(onePPrPerParagraph(xml));
  if (out.includes('<a:br/>')) throw new PackageShapeError(part, 'a line break after something other than a run');
  out = replaceAll(out, part, /<\/a:solidFill><\/p:bgPr>/g, '</a:solidFill><a:effectLst/></p:bgPr>');
  if (out.includes('<a:rPr')) out = replaceAll(out, part, RUN_FONTS, runFonts(face));
  if (out.includes('pitchFamily="34"')) throw new PackageShapeError(part, 'a font declared with a sans’s hints is left');
  return out;
}

/**
 * The theme's heading and body fonts (what a text box added in PowerPoint starts in): the face
 * for Latin and East Asian text, and the Song face for Simplified Chinese.
 */
export function finishTheme(xml: string, part: string, face: PptxFace): string {
  const given = new RegExp(`<a:latin typeface="${pptxgenjsTypeface}"/><a:ea typeface=""/>`, 'g');
  let out = replaceAll(xml, part, given, `<a:latin ${fontAttributes(face, 'latin')}/><a:ea ${fontAttributes(face, 'ea')}/>`, 2);
  out = replaceAll(out, part, /<a:font script="Hans" typeface="[^"]*"\/>/g, `<a:font script="Hans" typeface="${songTypeface}"/>`, 2);
  return out;
}

export function finishCore(xml: string, part: string, lang: string): string {
  // A function replacement, and escaped: `$&` or `<` in the outline's lang stay text.
  return replaceAll(xml, part, /<\/dc:creator>/g, () => `</dc:creator><dc:language>${escapeXml(lang)}</dc:language>`);
}

/** The notes placeholder's paragraph, replaced by the slide's notes as paragraphs. */
export function finishNotes(xml: string, part: string, notes: NotesParagraphs, face: PptxFace): string {
  if (notes.length === 0) return xml;
  const body = /(name="Notes Placeholder 2"[\s\S]*?<a:lstStyle\/>)<a:p>[\s\S]*?<\/a:p>(<\/p:txBody>)/;
  return replaceAll(xml, part, body, (_whole, before: string, after: string) => `${before}${notesXml(notes, face)}${after}`);
}

/** The package pptxgenjs wrote, finished: `notes` holds each slide's notes, in slide order; every text names `face`. */
export async function finishPackage(file: Uint8Array, notes: readonly NotesParagraphs[], lang: string, face: PptxFace): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  const edit = async (part: string, change: (xml: string) => string) => {
    const entry = zip.file(part);
    if (!entry) throw new PackageShapeError(part, 'the part is missing');
    zip.file(part, change(await entry.async('string')));
  };
  for (const [i, slideNotes] of notes.entries()) {
    await edit(`ppt/slides/slide${i + 1}.xml`, (xml) => finishSlide(xml, `slide ${i + 1}`, face));
    await edit(`ppt/notesSlides/notesSlide${i + 1}.xml`, (xml) => finishNotes(xml, `notes of slide ${i + 1}`, slideNotes, face));
  }
  await edit('ppt/theme/theme1.xml', (xml) => finishTheme(xml, 'the theme', face));
  await edit('docProps/core.xml', (xml) => finishCore(xml, 'the document properties', lang));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
