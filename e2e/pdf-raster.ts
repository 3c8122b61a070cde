import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Rgb = [number, number, number];

/** A rectangle as fractions of the page's width and height. */
export interface PageBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Raster {
  width: number;
  height: number;
  /** Every pixel, row by row, three bytes each (r, g, b). */
  pixels: Buffer;
  /** The colour at a point given as fractions of the page's width and height. */
  at(x: number, y: number): Rgb;
  /** The share of pixels that differ from `colour` by more than `tolerance` in some channel. */
  shareUnlike(colour: Rgb, tolerance: number): number;
  /** The box around the pixels within `region` that are `colour` (each channel within `tolerance`), or undefined when there are none. */
  boxOf(colour: Rgb, tolerance: number, region: PageBox): PageBox | undefined;
}

/** Reads a binary PPM (P6), as pdftoppm writes it. */
function readPpm(bytes: Buffer): Raster {
  const header = bytes.toString('latin1', 0, 40).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixel = (px: number, py: number): Rgb => {
    const at = header[0].length + (py * width + px) * 3;
    return [bytes[at]!, bytes[at + 1]!, bytes[at + 2]!];
  };
  return {
    width,
    height,
    pixels: bytes.subarray(header[0].length, header[0].length + width * height * 3),
    at: (x, y) => pixel(Math.round(x * (width - 1)), Math.round(y * (height - 1))),
    shareUnlike(colour, tolerance) {
      let unlike = 0;
      for (let py = 0; py < height; py++) {
        for (let px = 0; px < width; px++) {
          if (pixel(px, py).some((c, i) => Math.abs(c - colour[i]!) > tolerance)) unlike++;
        }
      }
      return unlike / (width * height);
    },
    boxOf(colour, tolerance, region) {
      const found = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
      for (let py = Math.ceil(region.top * height); py < region.bottom * height; py++) {
        for (let px = Math.ceil(region.left * width); px < region.right * width; px++) {
          if (pixel(px, py).some((c, i) => Math.abs(c - colour[i]!) > tolerance)) continue;
          found.left = Math.min(found.left, px / width);
          found.right = Math.max(found.right, (px + 1) / width);
          found.top = Math.min(found.top, py / height);
          found.bottom = Math.max(found.bottom, (py + 1) / height);
        }
      }
      return found.left === Infinity ? undefined : found;
    },
  };
}

/** Pages `first`..`last` of a PDF as pixels, rendered by poppler's pdftoppm at `dpi`. */
export function rasterPages(pdfPath: string, first: number, last: number, dpi = 24): Raster[] {
  const dir = mkdtempSync(join(tmpdir(), 'deck-raster-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(first), '-l', String(last), pdfPath, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ppm'))
    .sort()
    .map((file) => readPpm(readFileSync(join(dir, file))));
}

export const hexRgb = (colour: string): Rgb => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as Rgb;
