import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The whole Noto Serif SC, one static TrueType file per weight, as @expo-google-fonts/noto-serif-sc
 * ships it (Google Fonts' files). Whole fonts keep every contextual layout rule (chws closes up
 * adjacent punctuation) and name themselves truly ("Noto Serif SC" Regular / Bold).
 */
export const family = 'Noto Serif SC';
const pkg = '@expo-google-fonts/noto-serif-sc';

/** OpenType's names of the standard weights: the package names its folders and files by them. */
const weightNames: Record<number, string> = {
  100: 'Thin',
  200: 'ExtraLight',
  300: 'Light',
  400: 'Regular',
  500: 'Medium',
  600: 'SemiBold',
  700: 'Bold',
  800: 'ExtraBold',
  900: 'Black',
};

const packageDir = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));

export async function sourceVersion(): Promise<string> {
  const { name, version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
  return `${name}@${version}`;
}

/** Absolute path of the whole font of `weight`, e.g. …/400Regular/NotoSerifSC_400Regular.ttf. */
export function wholeFontFile(weight: number): string {
  const name = weightNames[weight];
  if (!name) throw new Error(`${family}: no standard weight ${weight} (one of ${Object.keys(weightNames).join(', ')})`);
  return join(packageDir, `${weight}${name}`, `NotoSerifSC_${weight}${name}.ttf`);
}
