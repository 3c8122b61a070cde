import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** What the built deck is made from (relative to the root); folders are read whole. */
export const BUILD_INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'public', 'slides', 'src'];
/** Inputs of the PDFs alone, read when printing: a change there needs no new build. */
const NOT_BUILT = [/^src\/export\//, /^src\/theme\/paper\//, /\.test\.ts$/];

async function files(root: string, path: string): Promise<string[]> {
  const info = await stat(join(root, path)).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [path];
  const entries = await readdir(join(root, path), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).replaceAll('\\', '/'));
}

/**
 * Why the built deck in `dist` must be built again before printing: `no build` when it has none,
 * else the first input changed since it was built; undefined when it is up to date.
 * `extraInputs` are further files the build reads (a DECK_FILL_INS values file outside slides/).
 */
export async function staleBuild(root: string, dist: string, extraInputs: readonly string[] = []): Promise<string | undefined> {
  const built = await stat(join(dist, 'index.html')).catch(() => undefined);
  if (!built) return 'no build';
  for (const input of [...BUILD_INPUTS, ...extraInputs]) {
    for (const file of await files(root, input)) {
      if (NOT_BUILT.some((pattern) => pattern.test(file))) continue;
      if ((await stat(join(root, file))).mtimeMs > built.mtimeMs) return file;
    }
  }
  return undefined;
}
