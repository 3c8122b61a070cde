import { defineConfig } from 'vite';
import { deckPagePlugin } from './src/build/deck-page-plugin.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path of any static server.
  base: './',
  plugins: [deckPagePlugin()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022' },
});
