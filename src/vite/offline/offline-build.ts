import type { UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { plainInlinedStyles } from './inlined-styles.ts';

/** The file `vite build --mode offline` writes into dist/, beside the served deck. */
export const offlineFileName = 'offline.html';

/**
 * Config for the one-file deck for USB sticks and file://: scripts, styles and the subset fonts
 * all inlined (fonts as data: URIs), written as dist/offline.html without touching the rest of dist/.
 */
export function offlineBuild(): UserConfig {
  return {
    plugins: [viteSingleFile({ outputFileName: offlineFileName }), plainInlinedStyles()],
    // Every asset inlined, however large: the file must need nothing beside it.
    build: { emptyOutDir: false, assetsInlineLimit: () => true, copyPublicDir: false },
  };
}
