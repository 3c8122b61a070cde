import { join, relative, sep } from 'node:path';
import { buildWeight } from './build-weight.ts';
import { cachedFile, cacheRoot, hash, pipelineVersion, pruneCache } from './cache.ts';
import { fontFaceRules, unicodeRange } from './font-face.ts';
import { family, sourceVersion } from './source-font.ts';
import { describeCharacters, type TextSource } from './text-sources.ts';
import { toolVersions } from './tool-versions.ts';

export interface ShippedFont {
  weight: number;
  /** The characters this weight carries. */
  characters: string;
  /** Absolute path of the woff2 file (in the cache). */
  path: string;
}

export interface DeckFonts {
  family: string;
  /** Every character the fonts have a glyph for. */
  characters: string;
  fonts: ShippedFont[];
  /** Absolute path of the stylesheet with one @font-face per weight. */
  css: string;
}

export const fontFileName = (weight: number) => `noto-serif-sc-${weight}.woff2`;

/** Cache entries kept per weight (and of the stylesheet): the last few texts, for undoing an edit. */
const keptEntries = 4;

/**
 * Builds (or takes from the cache) one subset font per weight for `characters` (or, for a weight
 * listed in `weightCharacters`, for those), and the stylesheet declaring them: a weight cut to
 * fewer characters declares them as its unicode-range. Throws when the whole font lacks some
 * characters, naming them and the first of `sources` that uses each.
 */
export async function buildDeckFonts(
  root: string,
  allCharacters: string,
  weights: readonly number[],
  sources: readonly TextSource[] = [],
  weightCharacters: Readonly<Record<number, string>> = {},
): Promise<DeckFonts> {
  const version = hash(await sourceVersion(), await pipelineVersion(), ...(await toolVersions()));
  const fonts = await Promise.all(
    weights.map(async (weight) => {
      const characters = weightCharacters[weight] ?? allCharacters;
      const dir = join(cacheRoot(root), hash(version, String(weight), characters));
      const { path } = await cachedFile(join(dir, fontFileName(weight)), async () => {
        const font = await buildWeight(weight, characters);
        if (font.missing) {
          throw new Error(`Noto Serif SC ${weight} has no glyph for ${describeCharacters(font.missing, sources)}; change the text or the font`);
        }
        return font.woff2;
      });
      return { weight, characters, path };
    }),
  );
  const css = fontFaceRules(
    fonts.map(({ weight, characters, path }) => ({
      weight,
      url: `../${relative(cacheRoot(root), path).split(sep).join('/')}`,
      format: 'woff2' as const,
      ...(characters === allCharacters ? {} : { unicodeRange: unicodeRange(characters) }),
    })),
  );
  // In a folder beside the fonts' folders, so Vite resolves the relative url()s and emits hashed assets.
  const { path: cssPath } = await cachedFile(join(cacheRoot(root), hash(css), 'deck-fonts.css'), async () => new TextEncoder().encode(css));
  await pruneCache(cacheRoot(root), keptEntries);
  return { family, characters: allCharacters, fonts, css: cssPath };
}
