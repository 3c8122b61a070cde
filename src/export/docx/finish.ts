/**
 * What docx 9.7.1 cannot express, set in the package it wrote. Each step edits one shape of
 * markup that docx writes and fails loudly if that shape is not found, so an upgrade that
 * changes the markup cannot slip through unnoticed.
 * - The font table names each font with its fallback and character set (fonts.ts); docx writes
 *   one only for embedded fonts.
 * - The document's language (dc:language) in its properties.
 * - The body style is the default paragraph style (w:default="1"), as Word's Normal is.
 * - The title and the page numbers are set off the character grid (w:snapToGrid 0 in the
 *   paragraph's properties, which docx writes for runs only): a 2号 character would take two
 *   cells of the grid, spacing the title out.
 */
import JSZip from 'jszip';
import { fontTableXml } from './fonts.ts';
import { styleIds } from './styles.ts';

class PackageShapeError extends Error {
  constructor(part: string, what: string) {
    super(`Word writer: ${part} is not as docx 9.7.1 writes it (${what}); check src/export/docx/finish.ts against the installed docx`);
  }
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.codePointAt(0)};`);

/** Replaces the one match of `pattern`, which must be found. */
function replaceOnce(xml: string, part: string, pattern: RegExp, replacement: (...args: string[]) => string): string {
  if (!pattern.test(xml)) throw new PackageShapeError(part, `expected ${pattern}`);
  return xml.replace(pattern, replacement);
}

export function finishCore(xml: string, lang: string): string {
  // A function replacement, and escaped: `$&` or `<` in the outline's lang stay text.
  return replaceOnce(xml, 'docProps/core.xml', /<\/dc:creator>/, () => `</dc:creator><dc:language>${escapeXml(lang)}</dc:language>`);
}

/** The paragraph properties that come after w:snapToGrid in the schema's sequence (CT_PPrBase). */
const AFTER_SNAP_TO_GRID = /<w:(?:spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle)\b|<\/w:pPr>/;

/** A paragraph style set off the character grid. */
function offGrid(xml: string, styleId: string): string {
  const style = new RegExp(`(<w:style w:type="paragraph" w:styleId="${styleId}">[\\s\\S]*?<w:pPr>)([\\s\\S]*?</w:pPr>)`);
  return replaceOnce(xml, 'word/styles.xml', style, (_whole, head: string, pPr: string) => {
    const at = pPr.search(AFTER_SNAP_TO_GRID);
    return `${head}${pPr.slice(0, at)}<w:snapToGrid w:val="0"/>${pPr.slice(at)}`;
  });
}

export function finishStyles(xml: string): string {
  let out = replaceOnce(xml, 'word/styles.xml', new RegExp(`<w:style w:type="paragraph" w:styleId="${styleIds.body}">`), () => `<w:style w:type="paragraph" w:default="1" w:styleId="${styleIds.body}">`);
  for (const id of [styleIds.title, styleIds.pageNumberOdd, styleIds.pageNumberEven]) out = offGrid(out, id);
  return out;
}

/** The package docx wrote, finished. */
export async function finishDocx(file: Uint8Array, lang: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  const edit = async (part: string, change: (xml: string) => string) => {
    const entry = zip.file(part);
    if (!entry) throw new PackageShapeError(part, 'the part is missing');
    zip.file(part, change(await entry.async('string')));
  };
  await edit('word/fontTable.xml', () => fontTableXml());
  await edit('docProps/core.xml', (xml) => finishCore(xml, lang));
  await edit('word/styles.xml', finishStyles);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
