import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Connect } from 'vite';
import { fontFaceRules } from './font-face.ts';
import { wholeFontFile } from './source-font.ts';

/**
 * The dev server's fonts: the whole Noto Serif SC of each weight, the very files the build cuts
 * its subsets from. Every glyph is there whatever an edit adds, and the layout rules are the
 * same, so punctuation closes up as in the built deck. Served from our own path because the
 * package may sit outside Vite's allowed folders (a symlinked node_modules).
 */
export const wholeFontsPath = '/@deck-fonts/';

/** Where the page fetches a weight: the file's name, under the package version so a new one is fetched afresh. */
export function wholeFontUrl(weight: number, version: string): string {
  return `${wholeFontsPath}${encodeURIComponent(version)}/${basename(wholeFontFile(weight))}`;
}

export function wholeFontsCss(weights: readonly number[], version: string): string {
  return fontFaceRules(weights.map((weight) => ({ weight, url: wholeFontUrl(weight, version), format: 'truetype' })));
}

/** Serves each weight's file at wholeFontUrl; browsers keep it (15 MB) across reloads. */
export function wholeFontsMiddleware(weights: readonly number[], version: string): Connect.NextHandleFunction {
  const files = new Map(weights.map((weight) => [wholeFontUrl(weight, version), wholeFontFile(weight)]));
  return (req, res, next) => {
    const file = files.get(req.url?.split('?')[0] ?? '');
    if (!file) return next();
    stat(file).then(
      (info) => {
        res.writeHead(200, { 'Content-Type': 'font/ttf', 'Content-Length': info.size, 'Cache-Control': 'max-age=31536000, immutable' });
        createReadStream(file).pipe(res);
      },
      next,
    );
  };
}
