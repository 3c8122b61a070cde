import { readTag, view, Writer } from './binary.ts';

/** An sfnt font (TrueType outlines) as its tables, by tag. */
export type Tables = Map<string, Uint8Array>;

export function readSfnt(font: Uint8Array): Tables {
  const dv = view(font);
  if (dv.getUint32(0) !== 0x00010000) throw new Error('not a TrueType-outline sfnt font');
  const tables: Tables = new Map();
  for (let i = 0; i < dv.getUint16(4); i++) {
    const record = 12 + i * 16;
    const offset = dv.getUint32(record + 8);
    tables.set(readTag(font, record), font.slice(offset, offset + dv.getUint32(record + 12)));
  }
  return tables;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
  padded.set(data);
  const dv = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  return sum;
}

/** Writes tables in tag order with checksums and head.checkSumAdjustment, as the spec asks. */
export function writeSfnt(tables: Tables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const head = tables.get('head');
  if (head) view(head).setUint32(8, 0);
  const out = new Writer();
  const n = tags.length;
  const searchRange = 2 ** Math.floor(Math.log2(n)) * 16;
  out.u32(0x00010000);
  out.u16(n);
  out.u16(searchRange);
  out.u16(Math.log2(searchRange / 16));
  out.u16(n * 16 - searchRange);
  const records = tags.map((tag) => {
    out.tag(tag);
    const at = out.u32(0); // checksum, offset and length, filled in below
    out.u32(0);
    out.u32(0);
    return { at, data: tables.get(tag)! };
  });
  for (const record of records) {
    out.pad4();
    const offset = out.raw(record.data);
    out.setU32(record.at, checksum(record.data));
    out.setU32(record.at + 4, offset);
    out.setU32(record.at + 8, record.data.length);
  }
  out.pad4();
  const font = out.done();
  if (head) {
    const headOffset = view(font).getUint32(12 + tags.indexOf('head') * 16 + 8);
    view(font).setUint32(headOffset + 8, (0xb1b0afba - checksum(font)) >>> 0);
  }
  return font;
}
