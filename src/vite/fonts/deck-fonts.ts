import { join, relative, sep } from 'node:path';
import { buildWeight } from './build-weight.ts';
import { cachedFile, cacheRoot, hash, pipelineVersion, pruneCache } from './cache.ts';
import { fontFaceRules, unicodeRange, withoutScriptingOnly } from './font-face.ts';
import { family, sourceVersion } from './source-font.ts';
import { describeCharacters, type TextSource } from './text-sources.ts';
import { toolVersions } from './tool-versions.ts';

/**
 * Each weight ships as two files: `first`, the ideographs of the slide a visitor sees first (the
 * cover), small enough to arrive with the page; `rest`, every other character, fetched after the
 * first slide is painted. Same family and weight, told apart by unicode-range, so the browser
 * fetches only the file a text needs.
 */
export type FontPart = 'first' | 'rest';

export interface ShippedFont {
  weight: number;
  part: FontPart;
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
  /** Absolute path of the stylesheet: the first slide's files, and the rest for pages without JavaScript. */
  css: string;
  /** The files the deck declares itself once the first slide is painted (none when not split). */
  later: ShippedFont[];
}

export const fontFileName = (weight: number, part: FontPart) => `noto-serif-sc-${weight}${part === 'first' ? '-first' : ''}.woff2`;

/**
 * Of `characters`, those for the `first` file: the first slide's ideographs. Punctuation, Latin
 * and digits stay in `rest`, with the rest of their kind: a run of punctuation is shaped as one
 * (its marks close up by the font's contextual spacing) only within one file.
 */
export function splitFirst(characters: string, firstSlide: string): Record<FontPart, string> {
  const wanted = new Set([...firstSlide].filter((ch) => /\p{Script=Han}/u.test(ch)));
  const chars = [...characters];
  return { first: chars.filter((ch) => wanted.has(ch)).join(''), rest: chars.filter((ch) => !wanted.has(ch)).join('') };
}

/** Cache entries kept per weight (and of the stylesheet): the last few texts, for undoing an edit. */
const keptEntries = 4;

/**
 * Builds (or takes from the cache) the subset fonts of each weight for `characters` (or, for a
 * weight listed in `weightCharacters`, for those) — given `firstSlide`, split into the first
 * slide's file and the rest (`splitFirst`) — and the stylesheet declaring them, each with its
 * characters as unicode-range.
 * Throws when the whole font lacks some characters, naming them and the first of `sources` that
 * uses each.
 */
export async function buildDeckFonts(
  root: string,
  allCharacters: string,
  weights: readonly number[],
  sources: readonly TextSource[] = [],
  weightCharacters: Readonly<Record<number, string>> = {},
  firstSlide?: string,
): Promise<DeckFonts> {
  const version = hash(await sourceVersion(), await pipelineVersion(), ...(await toolVersions()));
  const parts = weights.flatMap((weight) => {
    const characters = weightCharacters[weight] ?? allCharacters;
    // Not split (one-file deck: every font is inside the page already): one `rest` file per weight.
    const split = firstSlide === undefined ? { first: '', rest: characters } : splitFirst(characters, firstSlide);
    return (['first', 'rest'] as const).filter((part) => split[part] !== '').map((part) => ({ weight, part, characters: split[part] }));
  });
  const fonts = await Promise.all(
    parts.map(async ({ weight, part, characters }) => {
      const dir = join(cacheRoot(root), hash(version, String(weight), characters));
      const { path } = await cachedFile(join(dir, fontFileName(weight, part)), async () => {
        const font = await buildWeight(weight, characters);
        if (font.missing) {
          throw new Error(`Noto Serif SC ${weight} has no glyph for ${describeCharacters(font.missing, sources)}; change the text or the font`);
        }
        return font.woff2;
      });
      return { weight, part, characters, path };
    }),
  );
  const later = firstSlide === undefined ? [] : fonts.filter((f) => f.part === 'rest');
  const rules = (files: ShippedFont[]) =>
    fontFaceRules(
      files.map(({ weight, characters, path }) => ({
        weight,
        url: `../${relative(cacheRoot(root), path).split(sep).join('/')}`,
        format: 'woff2' as const,
        unicodeRange: unicodeRange(characters),
      })),
    );
  const css = [rules(fonts.filter((f) => !later.includes(f))), withoutScriptingOnly(rules(later))].filter(Boolean).join('\n');
  // In a folder beside the fonts' folders, so Vite resolves the relative url()s and emits hashed assets.
  const { path: cssPath } = await cachedFile(join(cacheRoot(root), hash(css), 'deck-fonts.css'), async () => new TextEncoder().encode(css));
  await pruneCache(cacheRoot(root), keptEntries);
  return { family, characters: allCharacters, fonts, css: cssPath, later };
}
