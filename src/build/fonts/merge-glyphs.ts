import { view, Writer } from './binary.ts';
import { readCmap, writeCmap, type CharMap } from './cmap.ts';
import type { Tables } from './sfnt.ts';

/**
 * Glyph-level merge of TrueType fonts cut from one family (the @fontsource slices of one weight):
 * the first font is the base, every other font's glyphs are appended after it. Appending keeps the
 * base's glyph ids, and shifts each later font's ids by one constant (`glyphOffsets`), which is what
 * lets merge-layout.ts carry every font's GSUB/GPOS over by a plain shift.
 * The tables written here are only as exact as the final harfbuzz pass needs; it rewrites them all.
 */
export interface GlyphMerge {
  tables: Tables;
  glyphOffsets: number[];
}

const u16 = (t: Uint8Array, at: number) => view(t).getUint16(at);
const i16 = (t: Uint8Array, at: number) => view(t).getInt16(at);

function table(font: Tables, tag: string): Uint8Array {
  const t = font.get(tag);
  if (!t) throw new Error(`font has no ${tag} table`);
  return t;
}

/** Each glyph's outline bytes, from loca + glyf. */
function glyphs(font: Tables): Uint8Array[] {
  const glyf = table(font, 'glyf');
  const loca = table(font, 'loca');
  const long = i16(table(font, 'head'), 50) === 1;
  const at = (i: number) => (long ? view(loca).getUint32(i * 4) : u16(loca, i * 2) * 2);
  const count = u16(table(font, 'maxp'), 4);
  return Array.from({ length: count }, (_, i) => glyf.slice(at(i), at(i + 1)));
}

/** Composite glyphs name their components by glyph id: shift those ids with the glyph. */
function shiftComponents(glyph: Uint8Array, offset: number): Uint8Array {
  if (glyph.length === 0 || i16(glyph, 0) >= 0 || offset === 0) return glyph;
  const dv = view(glyph);
  let at = 10;
  for (;;) {
    const flags = dv.getUint16(at);
    dv.setUint16(at + 2, dv.getUint16(at + 2) + offset);
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) return glyph;
  }
}

/** Full (advance, side bearing) pairs per glyph from an hmtx/vmtx table. */
function metrics(mtx: Uint8Array, longCount: number, glyphCount: number): [number, number][] {
  return Array.from({ length: glyphCount }, (_, i) =>
    i < longCount
      ? [u16(mtx, i * 4), i16(mtx, i * 4 + 2)]
      : [u16(mtx, (longCount - 1) * 4), i16(mtx, longCount * 4 + (i - longCount) * 2)],
  );
}

function writeMetrics(all: [number, number][]): Uint8Array {
  const out = new Writer();
  for (const [advance, bearing] of all) {
    out.u16(advance);
    out.i16(bearing);
  }
  return out.done();
}

/** A copy of `base` whose numbers are combined field by field over all fonts. */
function combine(base: Uint8Array, fonts: Uint8Array[], fields: [number, 'max' | 'min' | 'or'][]): Uint8Array {
  const out = base.slice();
  for (const [at, how] of fields) {
    const signed = how !== 'or';
    const read = (t: Uint8Array) => (signed ? i16(t, at) : u16(t, at));
    let value = read(base);
    for (const t of fonts) value = how === 'max' ? Math.max(value, read(t)) : how === 'min' ? Math.min(value, read(t)) : value | read(t);
    if (signed) view(out).setInt16(at, value);
    else view(out).setUint16(at, value);
  }
  return out;
}

const MAXP_FIELDS = [6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30].map((at): [number, 'max'] => [at, 'max']);
// OS/2 ulUnicodeRange1-4 as eight 16-bit halves.
const UNICODE_RANGE_FIELDS = [42, 44, 46, 48, 50, 52, 54, 56].map((at): [number, 'or'] => [at, 'or']);

export function mergeGlyphs(fonts: Tables[]): GlyphMerge {
  const base = fonts[0];
  if (!base) throw new Error('nothing to merge');
  const unitsPerEm = u16(table(base, 'head'), 18);
  const outlines: Uint8Array[] = [];
  const hmetrics: [number, number][] = [];
  const vmetrics: [number, number][] = [];
  const cmap: CharMap = new Map();
  const glyphOffsets: number[] = [];
  const hasVertical = fonts.every((f) => f.has('vmtx') && f.has('vhea'));
  for (const font of fonts) {
    if (u16(table(font, 'head'), 18) !== unitsPerEm) throw new Error('fonts differ in unitsPerEm');
    const offset = outlines.length;
    glyphOffsets.push(offset);
    const own = glyphs(font);
    outlines.push(...own.map((g) => shiftComponents(g, offset)));
    hmetrics.push(...metrics(table(font, 'hmtx'), u16(table(font, 'hhea'), 34), own.length));
    if (hasVertical) vmetrics.push(...metrics(table(font, 'vmtx'), u16(table(font, 'vhea'), 34), own.length));
    for (const [cp, gid] of readCmap(table(font, 'cmap'))) if (!cmap.has(cp)) cmap.set(cp, gid + offset);
  }
  if (outlines.length > 0xffff) throw new Error('merged font would exceed 65535 glyphs');

  const glyf = new Writer();
  const loca = new Writer();
  for (const outline of outlines) {
    loca.u32(glyf.length);
    glyf.raw(outline);
    glyf.pad4();
  }
  loca.u32(glyf.length);

  const tables: Tables = new Map(base);
  const head = combine(table(base, 'head'), fonts.map((f) => table(f, 'head')), [[36, 'min'], [38, 'min'], [40, 'max'], [42, 'max']]);
  view(head).setInt16(50, 1); // long loca offsets
  tables.set('head', head);
  tables.set('glyf', glyf.done());
  tables.set('loca', loca.done());
  tables.set('cmap', writeCmap(cmap));
  const maxp = combine(table(base, 'maxp'), fonts.map((f) => table(f, 'maxp')), MAXP_FIELDS);
  view(maxp).setUint16(4, outlines.length);
  tables.set('maxp', maxp);
  const hhea = combine(table(base, 'hhea'), fonts.map((f) => table(f, 'hhea')), [[10, 'max'], [12, 'min'], [14, 'min'], [16, 'max']]);
  view(hhea).setUint16(34, outlines.length);
  tables.set('hhea', hhea);
  tables.set('hmtx', writeMetrics(hmetrics));
  if (hasVertical) {
    const vhea = combine(table(base, 'vhea'), fonts.map((f) => table(f, 'vhea')), [[10, 'max'], [12, 'min'], [14, 'min'], [16, 'max']]);
    view(vhea).setUint16(34, outlines.length);
    tables.set('vhea', vhea);
    tables.set('vmtx', writeMetrics(vmetrics));
  } else {
    tables.delete('vhea');
    tables.delete('vmtx');
  }
  const os2 = combine(table(base, 'OS/2'), fonts.map((f) => table(f, 'OS/2')), UNICODE_RANGE_FIELDS);
  const codePoints = [...cmap.keys()];
  view(os2).setUint16(64, Math.min(0xffff, Math.min(...codePoints)));
  view(os2).setUint16(66, Math.min(0xffff, Math.max(...codePoints)));
  tables.set('OS/2', os2);
  // Layout tables are merged separately (merge-layout.ts); drop the base's until then.
  for (const tag of ['GSUB', 'GPOS', 'GDEF']) tables.delete(tag);
  return { tables, glyphOffsets };
}
