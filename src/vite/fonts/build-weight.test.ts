import * as hb from 'harfbuzzjs';
import fontverter from 'fontverter';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWeight, mappedCodePoints, type WeightFont } from './build-weight.ts';
import { buildDeckFonts, splitFirst } from './deck-fonts.ts';

const punctuation = '“”‘’「」『』（）《》〈〉。，、；：？！';
const text = `中文字体ABC123${punctuation}`;

const truetype = async (font: Uint8Array) => new Uint8Array(await fontverter.convert(Buffer.from(font), 'truetype'));
const hbFont = (ttf: Uint8Array) => new hb.Font(new hb.Face(new hb.Blob(ttf)));

/** The advance in em harfbuzz gives `text` with `features` on, as a browser would shape it. */
function advance(font: hb.Font, text: string, features: string[]): number {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer, features.map((f) => hb.Feature.fromString(f)!));
  return buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0) / font.face.upem;
}

/** Name table entries in English: family, subfamily, full name, PostScript name. */
function names(ttf: Uint8Array): string[] {
  const face = new hb.Face(new hb.Blob(ttf));
  return [1, 2, 4, 6].map((id) => face.getName(id, 'en'));
}

describe.each([
  [400, 'Regular'],
  [700, 'Bold'],
])('the subset font of weight %i', (weight, style) => {
  let built: WeightFont;
  let ttf: Uint8Array;
  // Subsetting reads a 15 MB font: slower than the default limits on a busy machine.
  beforeAll(async () => {
    built = await buildWeight(weight, text);
    ttf = await truetype(built.woff2);
  }, 60_000);

  it('is one woff2 file with a glyph for every character asked for, and no others', async () => {
    expect(fontverter.detectFormat(Buffer.from(built.woff2))).toBe('woff2');
    expect(built.missing).toBe('');
    expect(new Set([...(await mappedCodePoints(ttf))].map((cp) => String.fromCodePoint(cp)))).toEqual(new Set(text));
  });

  it(`names itself Noto Serif SC ${style}, as PDFs and font menus show it`, () => {
    expect(names(ttf)).toEqual(['Noto Serif SC', style, `Noto Serif SC ${style}`, `NotoSerifSC-${style}`]);
  });

  it('closes up adjacent punctuation with chws, and halves a single mark with halt', () => {
    const font = hbFont(ttf);
    expect(font.face.getTableFeatureTags('GPOS')).toEqual(expect.arrayContaining(['chws', 'halt']));
    // chws (what Firefox and WebKit apply for the theme's font-feature-settings, and Chromium for
    // text-spacing-trim) takes one blank half out of each pair; an opening then a closing mark
    // keep both, their blanks facing outwards.
    for (const pair of ['”“', '、“', '”、', '“「', '，“', '”。']) {
      expect(advance(font, `中${pair}中`, ['chws']) - 2, pair).toBe(1.5);
      expect(advance(font, `中${pair}中`, []) - 2, pair).toBe(2);
    }
    expect(advance(font, '中“”中', ['chws']) - 2).toBe(2);
    // halt sets any mark in half an em: what Chromium's text-spacing-trim uses at a line's start.
    for (const mark of punctuation) expect(advance(font, mark, ['halt']), mark).toBe(0.5);
  });
});

describe('a subset font', () => {
  it('reports characters the whole font has no glyph for', { timeout: 60_000 }, async () => {
    expect((await buildWeight(400, '中\ue000')).missing).toBe('\ue000');
  });
});

describe('the deck fonts', () => {
  it('fail the build naming a character the font lacks and where it is used', { timeout: 60_000 }, async () => {
    const root = await mkdtemp(join(tmpdir(), 'deck-fonts-'));
    const sources = [
      { where: 'slides/outline.ts › slide "cover" › title', text: '中' },
      { where: 'slides/outline.ts › slide "pillar-2-1" › points[0]', text: '中\ue000' },
    ];
    await expect(buildDeckFonts(root, '中\ue000', [400], sources)).rejects.toThrow(
      'Noto Serif SC 400 has no glyph for U+E000 “\ue000” in slides/outline.ts › slide "pillar-2-1" › points[0];',
    );
  });

  it('are cached: a second build with the same text reuses the files', { timeout: 60_000 }, async () => {
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

  it('split the first slide’s ideographs from the rest, which the stylesheet declares for pages without JavaScript only', { timeout: 60_000 }, async () => {
    const root = await mkdtemp(join(tmpdir(), 'deck-fonts-'));
    const fonts = await buildDeckFonts(root, '，中文A国', [400], [], {}, '中文，A');
    expect(fonts.fonts.map((f) => [f.part, f.characters])).toEqual([['first', '中文'], ['rest', '，A国']]);
    expect(fonts.later.map((f) => f.characters)).toEqual(['，A国']);
    const css = await readFile(fonts.css, 'utf8');
    const [plain, withoutScripting] = css.split('@media (scripting: none)');
    expect(plain).toMatch(/noto-serif-sc-400-first\.woff2[\s\S]*unicode-range: U\+4E2D, U\+6587;/);
    expect(plain).not.toMatch(/noto-serif-sc-400\.woff2/);
    expect(withoutScripting).toMatch(/noto-serif-sc-400\.woff2[\s\S]*unicode-range: U\+41, U\+56FD, U\+FF0C;/);
  });
});

describe('the first slide’s file', () => {
  it('takes its ideographs only: punctuation, Latin and digits stay with the rest, shaped in one file', () => {
    expect(splitFirst('“中文”12AB，', '“中文”1A，')).toEqual({ first: '中文', rest: '“”12AB，' });
  });
});

