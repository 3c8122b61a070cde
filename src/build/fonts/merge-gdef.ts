import { view, Writer } from './binary.ts';

/**
 * Merges the GDEF tables of appended fonts (merge-glyphs.ts): the glyph class and mark
 * attachment class definitions, shifted to the merged glyph ids, which is what lookup flags
 * such as "ignore marks" consult. Attachment points and ligature carets serve editors, not
 * shaping, and are left out; mark glyph sets are refused by merge-layout.ts.
 */
export function mergeGdef(tables: (Uint8Array | undefined)[], glyphOffsets: number[]): Uint8Array | undefined {
  if (tables.every((t) => t === undefined)) return undefined;
  const glyphClasses = new Map<number, number>();
  const markClasses = new Map<number, number>();
  tables.forEach((table, font) => {
    if (!table) return;
    const dv = view(table);
    readClassDef(dv, dv.getUint16(4), glyphOffsets[font]!, glyphClasses);
    readClassDef(dv, dv.getUint16(10), glyphOffsets[font]!, markClasses);
  });
  const out = new Writer();
  out.u32(0x00010000);
  const glyphClassAt = out.u16(0);
  out.u16(0);
  out.u16(0);
  const markClassAt = out.u16(0);
  if (glyphClasses.size > 0) out.setU16(glyphClassAt, writeClassDef(out, glyphClasses));
  if (markClasses.size > 0) out.setU16(markClassAt, writeClassDef(out, markClasses));
  return out.done();
}

function readClassDef(dv: DataView, at: number, offset: number, into: Map<number, number>): void {
  if (at === 0) return;
  if (dv.getUint16(at) === 1) {
    const start = dv.getUint16(at + 2);
    for (let i = 0; i < dv.getUint16(at + 4); i++) into.set(start + i + offset, dv.getUint16(at + 6 + i * 2));
    return;
  }
  for (let r = 0; r < dv.getUint16(at + 2); r++) {
    const range = at + 4 + r * 6;
    for (let g = dv.getUint16(range); g <= dv.getUint16(range + 2); g++) into.set(g + offset, dv.getUint16(range + 4));
  }
}

/** Writes a format 2 class definition (ranges) and returns where it starts. */
function writeClassDef(out: Writer, classes: Map<number, number>): number {
  const ranges: [number, number, number][] = [];
  for (const glyph of [...classes.keys()].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === glyph - 1 && last[2] === classes.get(glyph)) last[1] = glyph;
    else ranges.push([glyph, glyph, classes.get(glyph)!]);
  }
  const at = out.u16(2);
  out.u16(ranges.length);
  for (const range of ranges) range.forEach((n) => out.u16(n));
  return at;
}
