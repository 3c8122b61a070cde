import type { Plugin } from 'vite';
import { tokensCss } from '../theme/tokens-css.ts';

/** The id src/deck/main.ts imports; ends in .css so Vite's CSS pipeline takes the module. */
export const tokensModuleId = 'virtual:deck-tokens.css';
const resolvedId = `\0${tokensModuleId}`;

/**
 * `import 'virtual:deck-tokens.css'` brings in the design tokens (src/theme/tokens.ts) as CSS
 * variables, generated rather than copied, so the theme and the PowerPoint writer share one
 * source. Vite restarts the dev server when a file the config imports changes, tokens.ts included.
 */
export function tokensPlugin(): Plugin {
  return {
    name: 'deck-tokens',
    resolveId(id) {
      return id === tokensModuleId ? resolvedId : undefined;
    },
    load(id) {
      return id === resolvedId ? tokensCss() : undefined;
    },
  };
}
