import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where built fonts are kept between builds (inside node_modules, like Vite's own cache). */
export function cacheRoot(root: string): string {
  return join(root, 'node_modules', '.cache', 'deck-fonts');
}

export function hash(...parts: string[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** A digest of this folder's code: editing the font pipeline invalidates what it cached. */
export async function pipelineVersion(): Promise<string> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
  return hash(...(await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))));
}

/** The file at `path`, made by `make` unless an earlier build already wrote it. */
export async function cachedFile(path: string, make: () => Promise<Uint8Array>): Promise<{ path: string; fresh: boolean }> {
  try {
    await readFile(path);
    return { path, fresh: false };
  } catch {
    const data = await make();
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a build stopped half-way never leaves a truncated font behind.
    await writeFile(`${path}.${process.pid}.tmp`, data);
    await rename(`${path}.${process.pid}.tmp`, path);
    return { path, fresh: true };
  }
}
