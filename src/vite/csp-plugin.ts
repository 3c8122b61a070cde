import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { withContentSecurityPolicy } from './csp.ts';

/**
 * Gives each page the build writes its Content-Security-Policy (src/vite/csp.ts). It works on
 * the written files, after every other plugin, so the hashes cover the inline code as shipped —
 * in the single file, the deck's whole script, inlined by vite-plugin-singlefile.
 */
export function cspPlugin({ singleFile }: { singleFile: boolean }): Plugin {
  return {
    name: 'deck-csp',
    apply: 'build',
    enforce: 'post',
    async writeBundle(output, bundle) {
      const pages = Object.keys(bundle).filter((file) => file.endsWith('.html'));
      for (const page of pages) {
        const path = join(output.dir!, page);
        await writeFile(path, withContentSecurityPolicy(await readFile(path, 'utf8'), { singleFile }));
      }
    },
  };
}
