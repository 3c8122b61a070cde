import * as hb from 'harfbuzzjs';
import fontverter from 'fontverter';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWeight, type WeightFont } from './build-weight.ts';
import { readCmap } from './cmap.ts';
import { buildDeckFonts } from './deck-fonts.ts';
import { covers, slices } from './fontsource.ts';
import { readSfnt } from './sfnt.ts';

const punctuation = '“”‘’「」『』（）《》〈〉。，、；：？！';
const text = `中文字体ABC123${punctuation}`;

const truetype = async (font: Uint8Array) => new Uint8Array(await fontverter.convert(Buffer.from(font), 'truetype'));
const hbFont = (font: Uint8Array) => new hb.Font(new hb.Face(new hb.Blob(font)));

/** Advances and offsets harfbuzz gives `text` with `features` on: what layout features change. */
function shape(font: hb.Font, text: string, features: string[]): string {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer, features.map((f) => hb.Feature.fromString(f)!));
  return buffer.getGlyphPositions().map((p) => `${p.xAdvance}/${p.xOffset}`).join(' ');
}

describe('a subset font of one weight', () => {
  let built: WeightFont;
  beforeAll(async () => {
    built = await buildWeight(400, text);
  });

  it('is one woff2 file with a glyph for every character asked for, and no others', async () => {
    expect(fontverter.detectFormat(Buffer.from(built.woff2))).toBe('woff2');
    expect(built.missing).toBe('');
    const cmap = readCmap(readSfnt(await truetype(built.woff2)).get('cmap')!);
    expect(new Set([...cmap.keys()].map((cp) => String.fromCodePoint(cp)))).toEqual(new Set(text));
    // The characters come from several @fontsource slices, merged into this one file.
    const sources = await slices(400);
    const used = new Set([...text].map((ch) => sources.find((s) => covers(s, ch.codePointAt(0)!))));
    expect(used.size).toBeGreaterThan(3);
  });

  it('halves every full-width punctuation mark with halt, and claims no chws', async () => {
    const merged = hbFont(await truetype(built.woff2));
    // chws is contextual: merged, each of its lookups would know one @fontsource slice's marks
    // only (“” and ，。 come from different slices), yet a font claiming it makes Chromium trust
    // it and skip its own trimming, so pairs across slices would keep their doubled gap.
    expect(merged.face.getTableFeatureTags('GPOS')).not.toContain('chws');
    // halt works on one mark at a time, whatever slice it came from: Chromium applies it to the
    // mark of an adjacent pair that gives up its blank half (e2e/fonts.spec.ts measures pairs).
    const em = merged.face.upem;
    for (const mark of punctuation) {
      const opening = /[\p{Ps}\p{Pi}]/u.test(mark);
      const expected = `${em / 2}/${opening ? -em / 2 : 0}`; // an opening mark's blank half is its left
      expect(shape(merged, mark, ['halt']), mark).toBe(expected);
      expect(shape(merged, mark, []), mark).toBe(`${em}/0`);
    }
  });

  it('reports characters no source slice has a glyph for', async () => {
    expect((await buildWeight(400, '中\ue000')).missing).toBe('\ue000');
  });
});

describe('the deck fonts', () => {
  it('fail the build naming a character the font lacks and where it is used', async () => {
    const root = await mkdtemp(join(tmpdir(), 'deck-fonts-'));
    const sources = [
      { where: 'slides/outline.ts › slide "cover" › title', text: '中' },
      { where: 'slides/outline.ts › slide "pillar-2-1" › points[0]', text: '中\ue000' },
    ];
    await expect(buildDeckFonts(root, '中\ue000', [400], sources)).rejects.toThrow(
      'Noto Serif SC 400 has no glyph for U+E000 “\ue000” in slides/outline.ts › slide "pillar-2-1" › points[0];',
    );
  });

  it('are cached: a second build with the same text reuses the files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'deck-fonts-'));
    const first = await buildDeckFonts(root, '中文', [400, 700]);
    const written = await Promise.all(first.fonts.map((f) => stat(f.path)));
    const second = await buildDeckFonts(root, '中文', [400, 700]);
    expect(second.fonts).toEqual(first.fonts);
    expect(second.fonts.map((f) => f.weight)).toEqual([400, 700]);
    expect((await Promise.all(second.fonts.map((f) => stat(f.path)))).map((s) => s.mtimeMs)).toEqual(written.map((s) => s.mtimeMs));
    expect(await readFile(second.css, 'utf8')).toMatch(/font-weight: 700;[\s\S]*noto-serif-sc-700\.woff2/);
    // Other text, other files.
    const other = await buildDeckFonts(root, '中国', [400, 700]);
    expect(other.fonts[0]!.path).not.toBe(first.fonts[0]!.path);
  });
});
