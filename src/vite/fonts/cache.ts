import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where built fonts are kept between builds (inside node_modules, like Vite's own cache):
 * one folder per entry, holding one file.
 */
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

/**
 * The file at `path` (in its own entry folder), made by `make` unless an earlier build already
 * wrote it. A reused entry's folder is touched: its time says when a build last needed it.
 */
export async function cachedFile(path: string, make: () => Promise<Uint8Array>): Promise<{ path: string; fresh: boolean }> {
  const exists = await access(path).then(() => true, () => false);
  if (exists) {
    const now = new Date();
    await utimes(dirname(path), now, now);
    return { path, fresh: false };
  }
  const data = await make();
  await mkdir(dirname(path), { recursive: true });
  // Write then rename, so a build stopped half-way never leaves a truncated font behind.
  await writeFile(`${path}.${process.pid}.tmp`, data);
  await rename(`${path}.${process.pid}.tmp`, path);
  return { path, fresh: true };
}

/**
 * Deletes all but the `keep` most recently used entry folders holding each file name (a
 * weight's font, the stylesheet): every edit of the slides makes new ones, which would
 * otherwise pile up. Folders without a finished file are another build's, still writing.
 */
export async function pruneCache(dir: string, keep: number): Promise<void> {
  const byFile = new Map<string, { path: string; usedAt: number }[]>();
  const stale: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const path = join(dir, name);
    // Another build may prune at the same time: an entry gone meanwhile is simply skipped.
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    if (!info.isDirectory()) {
      stale.push(path); // a loose file: from an earlier layout of the cache, which kept stylesheets loose
      continue;
    }
    const file = (await readdir(path).catch(() => [] as string[])).find((f) => !f.endsWith('.tmp'));
    if (file === undefined) continue;
    byFile.set(file, [...(byFile.get(file) ?? []), { path, usedAt: info.mtimeMs }]);
  }
  for (const entries of byFile.values()) {
    stale.push(...entries.sort((a, b) => b.usedAt - a.usedAt).slice(keep).map((entry) => entry.path));
  }
  await Promise.all(stale.map((path) => rm(path, { recursive: true, force: true })));
}
