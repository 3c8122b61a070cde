import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { wholeFontFile } from './source-font.ts';
import { toWoff2 } from './woff2.ts';

describe('packing fonts as woff2', () => {
  it('gives each font its own bytes when several are packed at once', { timeout: 60_000 }, async () => {
    const fonts = await Promise.all(
      ([[400, '中文'], [700, '字体']] as const).map(async ([weight, text]) => new Uint8Array(await subsetFont(await readFile(wholeFontFile(weight)), text, { targetFormat: 'truetype' }))),
    );
    const oneByOne: Uint8Array[] = [];
    for (const font of fonts) oneByOne.push(await toWoff2(font));
    const atOnce = await Promise.all(fonts.map(toWoff2));
    expect(atOnce).toEqual(oneByOne);
    for (const woff2 of atOnce) expect(new TextDecoder().decode(woff2.slice(0, 4))).toBe('wOF2');
  });
});
