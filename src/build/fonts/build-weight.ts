import { readFile } from 'node:fs/promises';
import fontverter from 'fontverter';
import subsetFont from 'subset-font';
import { readCmap } from './cmap.ts';
import { covers, slices, type Slice } from './fontsource.ts';
import { layoutFeatures } from './layout-features.ts';
import { mergeGlyphs } from './merge-glyphs.ts';
import { mergeLayout } from './merge-layout.ts';
import { mergeGdef } from './merge-gdef.ts';
import { readSfnt, writeSfnt } from './sfnt.ts';

export interface WeightFont {
  weight: number;
  woff2: Uint8Array;
  /** Characters no slice of the source has a glyph for. */
  missing: string;
}

const subset = async (font: Uint8Array, text: string, targetFormat: 'truetype' | 'woff2') =>
  
  // fontverter (inside subset-font) sniffs the format with Buffer methods: hand it a Buffer.
  new Uint8Array(await subsetFont(Buffer.from(font), text, { targetFormat, keepFeatures: layoutFeatures }));

/**
 * One woff2 font of one weight holding the glyphs of `text` and no others: each @fontsource
 * slice that covers some of the text is cut to those characters with harfbuzz, the cuts are
 * merged into one font (glyphs, cmap, metrics and GSUB/GPOS), and harfbuzz subsets the merged
 * font once more, which re-packs every table and proves harfbuzz reads the merge.
 */
export async function buildWeight(weight: number, text: string): Promise<WeightFont> {
  const sources = await slices(weight);
  const bySlice = new Map<Slice, string>();
  let missing = '';
  for (const ch of text) {
    const slice = sources.find((s) => covers(s, ch.codePointAt(0)!));
    if (slice) bySlice.set(slice, (bySlice.get(slice) ?? '') + ch);
    else missing += ch;
  }
  const cuts = await Promise.all([...bySlice].map(async ([slice, chars]) => readSfnt(await subset(await readFile(slice.file), chars, 'truetype'))));
  if (cuts.length === 0) throw new Error(`no ${weight} glyph to ship`);

  const { tables, glyphOffsets } = mergeGlyphs(cuts);
  for (const tag of ['GSUB', 'GPOS'] as const) {
    const merged = mergeLayout(tag, cuts.map((cut) => cut.get(tag)), glyphOffsets);
    if (merged) tables.set(tag, merged);
  }
  const gdef = mergeGdef(cuts.map((cut) => cut.get('GDEF')), glyphOffsets);
  if (gdef) tables.set('GDEF', gdef);

  const woff2 = await subset(writeSfnt(tables), text, 'woff2');
  const shipped = readCmap(readSfnt(new Uint8Array(await fontverter.convert(Buffer.from(woff2), 'truetype'))).get('cmap')!);
  missing += [...text].filter((ch) => !missing.includes(ch) && !shipped.has(ch.codePointAt(0)!)).join('');
  return { weight, woff2, missing };
}
