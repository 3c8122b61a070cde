import { readTag, view, Writer } from './binary.ts';
import { shiftLayout, type LayoutTag } from './layout-shift.ts';

/**
 * Merges the GSUB or GPOS tables of fonts whose glyphs were appended one after another
 * (merge-glyphs.ts). Every lookup of every font is kept, shifted to the merged glyph and lookup
 * ids; each feature of a script's default language system gets the union of its lookups.
 * Lookups are written as extension lookups pointing into the fonts' own (shifted) subtables, so no
 * subtable is re-encoded; the final harfbuzz subset pass re-packs the result compactly.
 * Language-specific systems are dropped: the deck is zh-CN, which Noto Serif SC's defaults serve.
 */
interface Lookup {
  type: number;
  flag: number;
  subtables: { source: number; at: number }[];
}

export function mergeLayout(tag: LayoutTag, tables: (Uint8Array | undefined)[], glyphOffsets: number[]): Uint8Array | undefined {
  const extensionType = tag === 'GSUB' ? 7 : 9;
  const sources: Uint8Array[] = [];
  const lookups: Lookup[] = [];
  // script tag → feature tag → merged lookup indices
  const scripts = new Map<string, Map<string, Set<number>>>();

  tables.forEach((original, font) => {
    if (!original) return;
    const lookupOffset = lookups.length;
    const table = shiftLayout(original, tag, glyphOffsets[font]!, lookupOffset);
    const source = sources.push(table) - 1;
    const dv = view(table);
    const u16 = (at: number) => dv.getUint16(at);
    if (u16(0) !== 1) throw new Error(`${tag} version ${u16(0)} is not supported by the font merger`);

    const lookupList = u16(8);
    for (let i = 0; i < u16(lookupList); i++) {
      const at = lookupList + u16(lookupList + 2 + i * 2);
      const flag = u16(at + 2);
      if (flag & 0xff10) throw new Error(`${tag} lookup flag ${flag} needs GDEF mark classes, not supported by the font merger`);
      const lookup: Lookup = { type: u16(at), flag, subtables: [] };
      for (let s = 0; s < u16(at + 4); s++) {
        const subtable = at + u16(at + 6 + s * 2);
        if (lookup.type === extensionType) {
          lookup.subtables.push({ source, at: subtable + dv.getUint32(subtable + 4) });
          lookup.type = u16(subtable + 2);
        } else lookup.subtables.push({ source, at: subtable });
      }
      lookups.push(lookup);
    }

    const scriptList = u16(4);
    const featureList = u16(6);
    for (let i = 0; i < u16(scriptList); i++) {
      const record = scriptList + 2 + i * 6;
      const script = scriptList + u16(record + 4);
      if (u16(script) === 0) continue; // no default language system
      const langSys = script + u16(script);
      const features = scripts.get(readTag(table, record)) ?? new Map<string, Set<number>>();
      scripts.set(readTag(table, record), features);
      const indices = Array.from({ length: u16(langSys + 4) }, (_, k) => u16(langSys + 6 + k * 2));
      if (u16(langSys + 2) !== 0xffff) indices.push(u16(langSys + 2));
      for (const index of indices) {
        const featureRecord = featureList + 2 + index * 6;
        const feature = featureList + u16(featureRecord + 4);
        const merged = features.get(readTag(table, featureRecord)) ?? new Set<number>();
        features.set(readTag(table, featureRecord), merged);
        for (let k = 0; k < u16(feature + 2); k++) merged.add(u16(feature + 4 + k * 2) + lookupOffset);
      }
    }
  });
  if (sources.length === 0) return undefined;

  // One feature record per distinct (tag, lookups); feature list sorted by tag.
  const featureKeys = new Map<string, { tag: string; lookups: number[] }>();
  const keyOf = (featureTag: string, set: Set<number>) => `${featureTag}:${[...set].sort((a, b) => a - b).join(',')}`;
  for (const features of scripts.values())
    for (const [featureTag, set] of features)
      featureKeys.set(keyOf(featureTag, set), { tag: featureTag, lookups: [...set].sort((a, b) => a - b) });
  const featureOrder = [...featureKeys.keys()].sort();

  const out = new Writer();
  out.u16(1);
  out.u16(0);
  const scriptListAt = out.u16(0);
  const featureListAt = out.u16(0);
  const lookupListAt = out.u16(0);

  const scriptList = out.length;
  out.setU16(scriptListAt, scriptList);
  const scriptTags = [...scripts.keys()].sort();
  out.u16(scriptTags.length);
  const scriptOffsets = scriptTags.map((scriptTag) => (out.tag(scriptTag), out.u16(0)));
  scriptTags.forEach((scriptTag, i) => {
    out.setU16(scriptOffsets[i]!, out.length - scriptList);
    out.u16(4); // default LangSys follows the 4-byte Script header
    out.u16(0);
    const features = [...scripts.get(scriptTag)!].map(([featureTag, set]) => featureOrder.indexOf(keyOf(featureTag, set)));
    out.u16(0);
    out.u16(0xffff);
    out.u16(features.length);
    for (const index of features.sort((a, b) => a - b)) out.u16(index);
  });

  const featureList = out.length;
  out.setU16(featureListAt, featureList);
  out.u16(featureOrder.length);
  const featureOffsets = featureOrder.map((key) => (out.tag(featureKeys.get(key)!.tag), out.u16(0)));
  featureOrder.forEach((key, i) => {
    out.setU16(featureOffsets[i]!, out.length - featureList);
    const { lookups: indices } = featureKeys.get(key)!;
    out.u16(0);
    out.u16(indices.length);
    for (const index of indices) out.u16(index);
  });

  const lookupList = out.length;
  out.setU16(lookupListAt, lookupList);
  out.u16(lookups.length);
  const lookupOffsets = lookups.map(() => out.u16(0));
  const pointers: { at: number; extension: number; source: number; target: number }[] = [];
  lookups.forEach((lookup, i) => {
    const at = out.length;
    out.setU16(lookupOffsets[i]!, at - lookupList);
    out.u16(extensionType);
    out.u16(lookup.flag);
    out.u16(lookup.subtables.length);
    const subtableOffsets = lookup.subtables.map(() => out.u16(0));
    lookup.subtables.forEach((subtable, s) => {
      const extension = out.length;
      out.setU16(subtableOffsets[s]!, extension - at);
      out.u16(1);
      out.u16(lookup.type);
      pointers.push({ at: out.u32(0), extension, source: subtable.source, target: subtable.at });
    });
  });
  const sourceAt = sources.map((source) => (out.pad4(), out.raw(source)));
  for (const p of pointers) out.setU32(p.at, sourceAt[p.source]! + p.target - p.extension);
  return out.done();
}
