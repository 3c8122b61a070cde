import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { layoutFeatures } from './layout-features.ts';
import { wholeFontFile } from './source-font.ts';
import { toWoff2 } from './woff2.ts';

export interface WeightFont {
  weight: number;
  woff2: Uint8Array;
  /** Characters the whole font has no glyph for. */
  missing: string;
}

/** The Unicode characters a TrueType font maps to glyphs. */
export async function mappedCodePoints(ttf: Uint8Array): Promise<Set<number>> {
  // Imported when used: harfbuzzjs awaits its wasm at the top level, which a require()d Vite config cannot load.
  const hb = await import('harfbuzzjs');
  return new Set(new hb.Face(new hb.Blob(ttf)).collectUnicodes());
}

/**
 * One woff2 font of one weight holding the glyphs of `text` and no others, cut by harfbuzz
 * (subset-font) from the whole Noto Serif SC of that weight, with its layout rules for those
 * glyphs (`layoutFeatures`) and its name table.
 */
export async function buildWeight(weight: number, text: string): Promise<WeightFont> {
  const whole = await readFile(wholeFontFile(weight));
  const ttf = new Uint8Array(await subsetFont(whole, text, { targetFormat: 'truetype', keepFeatures: layoutFeatures }));
  const shipped = await mappedCodePoints(ttf);
  const missing = [...text].filter((ch) => !shipped.has(ch.codePointAt(0)!)).join('');
  return { weight, woff2: await toWoff2(ttf), missing };
}
