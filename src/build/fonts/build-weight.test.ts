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

  it('spaces CJK punctuation exactly as the source slices do (GSUB/GPOS kept through the merge)', async () => {
    const merged = hbFont(await truetype(built.woff2));
    expect(merged.face.getTableFeatureTags('GPOS')).toEqual(expect.arrayContaining(['chws', 'halt']));
    const sources = await slices(400);
    const sourceOf = (ch: string) => sources.find((s) => covers(s, ch.codePointAt(0)!))!;
    let pairsThatFeaturesChange = 0;
    for (const a of punctuation) {
      for (const b of punctuation) {
        if (sourceOf(a) !== sourceOf(b)) continue; // the source can only shape pairs within one slice
        const original = hbFont(await truetype(await readFile(sourceOf(a).file)));
        for (const features of [[], ['halt'], ['chws']]) {
          expect(shape(merged, a + b, features), `${a}${b} ${features}`).toBe(shape(original, a + b, features));
        }
        if (shape(original, a + b, ['chws']) !== shape(original, a + b, [])) pairsThatFeaturesChange++;
      }
    }
    expect(pairsThatFeaturesChange).toBeGreaterThan(10);
  });

  it('reports characters no source slice has a glyph for', async () => {
    expect((await buildWeight(400, '中\ue000')).missing).toBe('\ue000');
  });
});

describe('the deck fonts', () => {
  it('fail the build naming a character the font lacks', async () => {
    const root = await mkdtemp(join(tmpdir(), 'deck-fonts-'));
    await expect(buildDeckFonts(root, '中\ue000', [400])).rejects.toThrow(/"\ue000" \(U\+E000\)/);
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
