import { defineConfig, mergeConfig } from 'vite';
import { browserTargets } from './src/vite/browser-targets.ts';
import { cspPlugin } from './src/vite/csp-plugin.ts';
import { deckPagePlugin } from './src/vite/deck-page-plugin.ts';
import { deckFontsPlugin, type FontSource } from './src/vite/fonts/plugin.ts';
import { guidePlugin } from './src/vite/guide-plugin.ts';
import { offlineBuild } from './src/vite/offline/offline-build.ts';
import { tokensPlugin } from './src/vite/tokens-plugin.ts';

// DECK_FONTS=fontsource builds with @fontsource's stock CSS: the benchmark's baseline.
const fontSource = process.env.DECK_FONTS as FontSource | undefined;

export default defineConfig(({ mode }) => {
  const config = defineConfig({
    // Relative asset URLs: dist/ works from any sub-path of any static server.
    base: './',
    plugins: [
      tokensPlugin(),
      deckPagePlugin(),
      // The one-file deck has every font inside it: nothing to gain from fetching the first slide's first.
      deckFontsPlugin({ ...(fontSource ? { source: fontSource } : {}), firstSlideFirst: mode !== 'offline' }),
      cspPlugin({ singleFile: mode === 'offline' }),
      // dist/guide.html: the presenter's guide, which the help overlay links.
      guidePlugin(),
    ],
    // 5173 / 4173 when free, else the next free port: another dev server on the laptop must not stop
    // the deck. Vite prints the URL; `npm start -- --port <n>` picks another (README).
    server: { port: 5173, strictPort: false },
    preview: { port: 4173, strictPort: false },
    // Older Chromium cores (meeting-room PCs): scripts and stylesheets lowered to these browsers.
    build: { target: browserTargets, cssTarget: browserTargets },
  });
  // `vite build --mode offline` (the second half of `npm run build`) writes dist/offline.html.
  return mode === 'offline' ? mergeConfig(config, offlineBuild()) : config;
});
