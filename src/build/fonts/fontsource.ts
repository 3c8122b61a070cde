import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The @fontsource/noto-serif-sc package as a source: per weight, Google Fonts' unicode-range
 * slices (one woff2 each) read from the package's own CSS.
 */
export const family = 'Noto Serif SC';
const pkg = '@fontsource/noto-serif-sc';

export interface Slice {
  file: string;
  ranges: [number, number][];
}

const packageDir = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));

export async function sourceVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function slices(weight: number): Promise<Slice[]> {
  const css = await readFile(join(packageDir, `${weight}.css`), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    if (!file || !range) throw new Error(`${pkg}/${weight}.css: @font-face without woff2 url or unicode-range`);
    return { file: join(packageDir, file), ranges: range.split(',').map(parseRange) };
  });
}

function parseRange(range: string): [number, number] {
  const [start, end = start] = range.trim().replace(/^U\+/i, '').split('-');
  if (start!.includes('?')) return [parseInt(start!.replace(/\?/g, '0'), 16), parseInt(start!.replace(/\?/g, 'f'), 16)];
  return [parseInt(start!, 16), parseInt(end!, 16)];
}

export function covers(slice: Slice, codePoint: number): boolean {
  return slice.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}
