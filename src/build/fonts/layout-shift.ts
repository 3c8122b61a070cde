import { view } from './binary.ts';

export type LayoutTag = 'GSUB' | 'GPOS';

/**
 * Returns a copy of a GSUB or GPOS table in which every glyph id is raised by `glyphOffset` and
 * every nested lookup index (in contextual rules) by `lookupOffset`: what the table must say once
 * its font's glyphs and lookups sit after another font's in a merged font. A constant shift keeps
 * coverage tables sorted and ranges contiguous, so only the numbers change, never the structure.
 * Throws on a lookup type it does not know rather than shipping a silently broken font.
 */
export function shiftLayout(source: Uint8Array, tag: LayoutTag, glyphOffset: number, lookupOffset: number): Uint8Array {
  const table = source.slice();
  const dv = view(table);
  const u16 = (at: number) => dv.getUint16(at);
  const patched = new Set<number>();
  const add = (at: number, delta: number) => {
    if (patched.has(at) || delta === 0) return;
    patched.add(at);
    dv.setUint16(at, u16(at) + delta);
  };
  const gid = (at: number) => add(at, glyphOffset);
  const gids = (at: number, count: number) => {
    for (let i = 0; i < count; i++) gid(at + i * 2);
  };
  /** The table at a 16-bit offset stored at `field`, relative to `base`; undefined when null. */
  const sub = (base: number, field: number): number | undefined => (u16(field) === 0 ? undefined : base + u16(field));
  const each = (base: number, countAt: number, visit: (at: number) => void) => {
    for (let i = 0; i < u16(countAt); i++) {
      const at = sub(base, countAt + 2 + i * 2);
      if (at !== undefined) visit(at);
    }
  };
  const coverage = (at: number | undefined) => {
    if (at === undefined) return;
    if (u16(at) === 1) gids(at + 4, u16(at + 2));
    else for (let r = 0; r < u16(at + 2); r++) gids(at + 4 + r * 6, 2);
  };
  const classDef = (at: number | undefined) => {
    if (at === undefined) return;
    if (u16(at) === 1) gid(at + 2);
    else for (let r = 0; r < u16(at + 2); r++) gids(at + 4 + r * 6, 2);
  };
  const coverages = (base: number, at: number, count: number) => {
    for (let i = 0; i < count; i++) coverage(sub(base, at + i * 2));
  };
  // SequenceLookupRecords: (sequenceIndex, lookupListIndex) pairs.
  const lookupRecords = (at: number, count: number) => {
    for (let i = 0; i < count; i++) add(at + i * 4 + 2, lookupOffset);
  };

  const context = (at: number) => {
    const format = u16(at);
    if (format === 3) {
      const glyphCount = u16(at + 2);
      coverages(at, at + 6, glyphCount);
      return lookupRecords(at + 6 + glyphCount * 2, u16(at + 4));
    }
    coverage(sub(at, at + 2));
    if (format === 2) classDef(sub(at, at + 4));
    const sets = format === 1 ? at + 4 : at + 6;
    each(at, sets, (set) =>
      each(set, set, (rule) => {
        const inputCount = u16(rule) - 1;
        if (format === 1) gids(rule + 4, inputCount);
        lookupRecords(rule + 4 + inputCount * 2, u16(rule + 2));
      }),
    );
  };

  const chain = (at: number) => {
    const format = u16(at);
    if (format === 3) {
      let p = at + 2;
      for (let part = 0; part < 3; part++) {
        coverages(at, p + 2, u16(p));
        p += 2 + u16(p) * 2;
      }
      return lookupRecords(p + 2, u16(p));
    }
    coverage(sub(at, at + 2));
    if (format === 2) for (const field of [4, 6, 8]) classDef(sub(at, at + field));
    const sets = format === 1 ? at + 4 : at + 10;
    each(at, sets, (set) =>
      each(set, set, (rule) => {
        let p = rule;
        for (const skip of [0, 1, 0]) {
          // backtrack, input (its first glyph is implied), lookahead
          const count = u16(p) - skip;
          if (format === 1) gids(p + 2, count);
          p += 2 + count * 2;
        }
        lookupRecords(p + 2, u16(p));
      }),
    );
  };

  const substitution = (type: number, at: number) => {
    coverage(sub(at, at + 2));
    switch (type) {
      case 1:
        if (u16(at) === 2) gids(at + 6, u16(at + 4));
        return; // format 1 stores a delta, which a common shift leaves right
      case 2:
      case 3:
        return each(at, at + 4, (seq) => gids(seq + 2, u16(seq)));
      case 4:
        return each(at, at + 4, (set) =>
          each(set, set, (lig) => {
            gid(lig);
            gids(lig + 4, u16(lig + 2) - 1);
          }),
        );
      case 8: {
        const backtrack = u16(at + 4);
        coverages(at, at + 6, backtrack);
        const lookahead = at + 6 + backtrack * 2;
        coverages(at, lookahead + 2, u16(lookahead));
        const substitutes = lookahead + 2 + u16(lookahead) * 2;
        return gids(substitutes + 2, u16(substitutes));
      }
    }
    throw new Error(`GSUB lookup type ${type} is not supported by the font merger`);
  };

  const positioning = (type: number, at: number) => {
    coverage(sub(at, at + 2));
    switch (type) {
      case 1:
      case 3:
        return;
      case 2: {
        if (u16(at) === 2) return [8, 10].forEach((field) => classDef(sub(at, at + field)));
        const valueSize = (format: number) => 2 * [...format.toString(2)].filter((b) => b === '1').length;
        const record = 2 + valueSize(u16(at + 4)) + valueSize(u16(at + 6));
        return each(at, at + 8, (set) => {
          for (let i = 0; i < u16(set); i++) gid(set + 2 + i * record);
        });
      }
      case 4:
      case 5:
      case 6:
        return coverage(sub(at, at + 4));
    }
    throw new Error(`GPOS lookup type ${type} is not supported by the font merger`);
  };

  const subtable = (type: number, at: number): void => {
    const [extension, contextual, chained] = tag === 'GSUB' ? [7, 5, 6] : [9, 7, 8];
    if (type === extension) return subtable(u16(at + 2), at + dv.getUint32(at + 4));
    if (type === contextual) return context(at);
    if (type === chained) return chain(at);
    return tag === 'GSUB' ? substitution(type, at) : positioning(type, at);
  };

  const lookupList = u16(8);
  each(lookupList, lookupList, (lookup) => {
    for (let s = 0; s < u16(lookup + 4); s++) subtable(u16(lookup), lookup + u16(lookup + 6 + s * 2));
  });
  return table;
}
