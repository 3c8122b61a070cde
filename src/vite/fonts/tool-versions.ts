import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * `name@version` of each package that makes the fonts, as installed: a new harfbuzz (inside
 * subset-font) or woff2 encoder (fontverter) may cut or pack the same text differently, so its
 * version belongs in the cache key.
 */
export async function toolVersions(): Promise<string[]> {
  const ours = createRequire(import.meta.url);
  // harfbuzzjs as subset-font loads it: the copy that does the subsetting.
  const subsetFont = ours.resolve('subset-font');
  return Promise.all([
    packageVersion('subset-font', subsetFont),
    packageVersion('harfbuzzjs', createRequire(subsetFont).resolve('harfbuzzjs')),
    packageVersion('fontverter', ours.resolve('fontverter')),
  ]);
}

/** Walks up from a package's entry point to its package.json (harfbuzzjs does not export it). */
async function packageVersion(name: string, entry: string): Promise<string> {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (manifest === undefined) continue;
    const { name: found, version } = JSON.parse(manifest) as { name?: string; version?: string };
    if (found === name && version) return `${name}@${version}`;
  }
  throw new Error(`no package.json of ${name} above ${entry}`);
}
