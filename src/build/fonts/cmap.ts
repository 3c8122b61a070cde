import { view, Writer } from './binary.ts';

/** Code point → glyph id, as read from a cmap table's format 4 and 12 subtables. */
export type CharMap = Map<number, number>;

export function readCmap(cmap: Uint8Array): CharMap {
  const dv = view(cmap);
  const map: CharMap = new Map();
  for (let i = 0; i < dv.getUint16(2); i++) {
    const at = dv.getUint32(4 + i * 8 + 4);
    const format = dv.getUint16(at);
    if (format === 4) readFormat4(dv, at, map);
    else if (format === 12) readFormat12(dv, at, map);
  }
  return map;
}

function readFormat4(dv: DataView, at: number, map: CharMap): void {
  const segments = dv.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = dv.getUint16(ends + s * 2);
    const delta = dv.getInt16(deltas + s * 2);
    const rangeOffset = dv.getUint16(rangeOffsets + s * 2);
    for (let cp = dv.getUint16(starts + s * 2); cp <= end && cp !== 0xffff; cp++) {
      let gid: number;
      if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
      else {
        const glyph = dv.getUint16(rangeOffsets + s * 2 + rangeOffset + (cp - dv.getUint16(starts + s * 2)) * 2);
        gid = glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      if (gid !== 0) map.set(cp, gid);
    }
  }
}

function readFormat12(dv: DataView, at: number, map: CharMap): void {
  for (let g = 0; g < dv.getUint32(at + 12); g++) {
    const group = at + 16 + g * 12;
    const start = dv.getUint32(group);
    for (let cp = start; cp <= dv.getUint32(group + 4); cp++) map.set(cp, dv.getUint32(group + 8) + cp - start);
  }
}

/** Runs of consecutive code points mapped to consecutive glyphs. */
function runs(map: CharMap, max: number): { start: number; end: number; gid: number }[] {
  const out: { start: number; end: number; gid: number }[] = [];
  for (const cp of [...map.keys()].filter((c) => c <= max).sort((a, b) => a - b)) {
    const gid = map.get(cp)!;
    const last = out.at(-1);
    if (last && last.end === cp - 1 && last.gid + (cp - last.start) === gid) last.end = cp;
    else out.push({ start: cp, end: cp, gid });
  }
  return out;
}

/** A cmap with a Windows BMP (format 4) subtable, plus a full-repertoire one (format 12) when needed. */
export function writeCmap(map: CharMap): Uint8Array {
  const bmp = runs(map, 0xfffe);
  bmp.push({ start: 0xffff, end: 0xffff, gid: 1 }); // the required final segment (delta 1 maps to 0)
  const needs12 = [...map.keys()].some((cp) => cp > 0xffff);
  const out = new Writer();
  out.u16(0);
  out.u16(needs12 ? 2 : 1);
  out.u16(3);
  out.u16(1);
  const offset4 = out.u32(0);
  const offset12 = needs12 ? (out.u16(3), out.u16(10), out.u32(0)) : -1;

  out.setU32(offset4, out.length);
  const start4 = out.u16(4);
  const lengthAt = out.u16(0);
  out.u16(0);
  const n = bmp.length;
  const searchRange = 2 ** Math.floor(Math.log2(n)) * 2;
  out.u16(n * 2);
  out.u16(searchRange);
  out.u16(Math.log2(searchRange / 2));
  out.u16(n * 2 - searchRange);
  for (const r of bmp) out.u16(r.end);
  out.u16(0);
  for (const r of bmp) out.u16(r.start);
  for (const r of bmp) out.u16((r.gid - r.start) & 0xffff);
  for (let i = 0; i < n; i++) out.u16(0);
  out.setU16(lengthAt, out.length - start4);

  if (needs12) {
    const all = runs(map, 0x10ffff);
    out.setU32(offset12, out.length);
    out.u16(12);
    out.u16(0);
    out.u32(16 + all.length * 12);
    out.u32(0);
    out.u32(all.length);
    for (const r of all) {
      out.u32(r.start);
      out.u32(r.end);
      out.u32(r.gid);
    }
  }
  return out.done();
}
