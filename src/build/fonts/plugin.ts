import type { Plugin } from 'vite';
import { fontWeights } from '../../theme/font-weights.ts';
import { characterSet, htmlText } from './charset.ts';
import { buildDeckFonts, type DeckFonts } from './deck-fonts.ts';
import { deckText } from './deck-text.ts';
import { family } from './source-font.ts';
import { describeCharacters, type TextSource } from './text-sources.ts';

/**
 * `import { family, weights } from 'virtual:deck-fonts'` (src/deck/main.ts) brings in the deck's
 * web fonts, and names them so the deck can wait for them before it starts:
 * - `subset` (builds): one Noto Serif SC file per weight holding exactly the deck's characters,
 *   cut from the whole font, preloaded from the page;
 * - `fontsource`: @fontsource's own CSS, every glyph in ~100 lazily loaded slices per weight —
 *   what the dev server uses (edits never miss a glyph) and the benchmark's baseline.
 * The module only imports CSS and exports constants: no top-level await, which older Chromium
 * cores (meeting-room PCs) cannot run.
 */
export type FontSource = 'subset' | 'fontsource';

const virtualId = 'virtual:deck-fonts';
const resolvedId = `\0${virtualId}`;

/** Characters the built page shows that the fonts lack: each must be named by the build. */
export function uncoveredCharacters(html: string, shipped: string): string {
  const have = new Set(shipped);
  return [...characterSet(htmlText(html))].filter((ch) => !have.has(ch) && ch.trim() !== '').join('');
}

export function deckFontsPlugin(options: { source?: FontSource; extraText?: string } = {}): Plugin {
  let root = process.cwd();
  let source: FontSource = 'subset';
  let fonts: DeckFonts | undefined;
  let sources: TextSource[] = [];
  const names = `export const family = ${JSON.stringify(family)};\nexport const weights = ${JSON.stringify(fontWeights)};`;
  return {
    name: 'deck-fonts',
    configResolved(config) {
      root = config.root;
      source = options.source ?? (config.command === 'serve' ? 'fontsource' : 'subset');
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    async load(id) {
      if (id !== resolvedId) return undefined;
      if (source === 'fontsource') return [...fontWeights.map((w) => `import '@fontsource/noto-serif-sc/${w}.css';`), names].join('\n');
      const started = performance.now();
      const text = await deckText(root, options.extraText);
      sources = text.sources;
      fonts = await buildDeckFonts(root, text.characters, fontWeights, sources);
      this.info(`${fonts.characters.length} characters, ${fonts.fonts.length} weights in ${Math.round(performance.now() - started)} ms`);
      return [`import ${JSON.stringify(fonts.css)};`, names].join('\n');
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!fonts) return html;
        const missing = uncoveredCharacters(html, fonts.characters);
        if (missing) throw new Error(`The built page shows characters the subset fonts lack: ${describeCharacters(missing, sources)}`);
        // Preload each weight's file (absent when inlined, as in offline.html): fetching starts
        // with the HTML instead of after the CSS.
        const preloads = Object.values(ctx.bundle ?? {})
          .filter((file) => file.type === 'asset' && /(^|\/)noto-serif-sc-\d+-[\w-]+\.woff2$/.test(file.fileName))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          }));
        return { html, tags: preloads };
      },
    },
  };
}
