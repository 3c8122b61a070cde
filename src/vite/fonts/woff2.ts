import fontverter from 'fontverter';

let queue: Promise<unknown> = Promise.resolve();

/**
 * A TrueType font packed as woff2, one packing at a time: wawoff2 (inside fontverter) returns
 * its output as a view of its wasm memory, which fontverter copies only after an await — so a
 * second packing started meanwhile (both weights at once) can overwrite the first's bytes.
 */
export function toWoff2(ttf: Uint8Array): Promise<Uint8Array> {
  // fontverter sniffs the format with Buffer methods: hand it a Buffer.
  const packed = queue.then(async () => new Uint8Array(await fontverter.convert(Buffer.from(ttf), 'woff2')));
  queue = packed.catch(() => undefined);
  return packed;
}
