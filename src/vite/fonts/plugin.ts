import type { HtmlTagDescriptor, Plugin } from 'vite';
import { fontWeights } from '../../theme/font-weights.ts';
import { font } from '../../theme/tokens.ts';
import { characterSet, htmlText } from './charset.ts';
import { buildDeckFonts, type DeckFonts } from './deck-fonts.ts';
import { deckText } from './deck-text.ts';
import { family, sourceVersion } from './source-font.ts';
import { describeCharacters, type TextSource } from './text-sources.ts';
import { wholeFontsCss, wholeFontsMiddleware, wholeFontUrl } from './whole-fonts.ts';

/**
 * `import { family, weights } from 'virtual:deck-fonts'` (src/deck/main.ts) brings in the deck's
 * web fonts, and names them so the deck can wait for them before it starts:
 * - `subset` (builds): one Noto Serif SC file per weight holding exactly the deck's characters,
 *   cut from the whole font, preloaded from the page;
 * - `whole` (the dev server): the whole font of each weight that the subsets are cut from, so an
 *   edit never misses a glyph and punctuation is set as in the build;
 * - `fontsource`: @fontsource's own CSS, every glyph in ~100 lazily loaded slices per weight —
 *   the benchmark's baseline.
 * The module only imports CSS and exports constants: no top-level await, which older Chromium
 * cores (meeting-room PCs) cannot run.
 */
export type FontSource = 'subset' | 'whole' | 'fontsource';

const virtualId = 'virtual:deck-fonts';
const resolvedId = `\0${virtualId}`;

/** Characters the built page shows that the fonts lack: each must be named by the build. */
export function uncoveredCharacters(html: string, shipped: string): string {
  const have = new Set(shipped);
  return [...characterSet(htmlText(html))].filter((ch) => !have.has(ch) && ch.trim() !== '').join('');
}

/** Fetching a font starts with the HTML instead of after the CSS (crossorigin: fonts are fetched in CORS mode). */
const preloadTag = (href: string, type: string): HtmlTagDescriptor => ({
  tag: 'link',
  attrs: { rel: 'preload', href, as: 'font', type, crossorigin: '' },
  injectTo: 'head',
});

/**
 * `firstSlideFirst`: split each weight into the first slide's file, preloaded, and the rest, which the
 * stylesheet declares for pages without JavaScript and the deck declares once that slide is painted
 * (src/shared/later-fonts.ts). Off for the one-file deck, whose fonts are inside the page already.
 */
export function deckFontsPlugin(options: { source?: FontSource; extraText?: string; firstSlideFirst?: boolean } = {}): Plugin {
  let root = process.cwd();
  let source: FontSource = 'subset';
  let fonts: DeckFonts | undefined;
  let sources: TextSource[] = [];
  const names = `export const family = ${JSON.stringify(family)};\nexport const weights = ${JSON.stringify(fontWeights)};`;
  return {
    name: 'deck-fonts',
    configResolved(config) {
      root = config.root;
      source = options.source ?? (config.command === 'serve' ? 'whole' : 'subset');
      if (source === 'whole' && config.command !== 'serve') throw new Error('The whole fonts (DECK_FONTS=whole) are served by the dev server only');
    },
    async configureServer(server) {
      if (source === 'whole') server.middlewares.use(wholeFontsMiddleware(fontWeights, await sourceVersion()));
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    async load(id) {
      if (id !== resolvedId) return undefined;
      if (source === 'fontsource') return [...fontWeights.map((w) => `import '@fontsource/noto-serif-sc/${w}.css';`), names].join('\n');
      if (source === 'whole') return names; // the page carries their @font-face rules (transformIndexHtml)
      const started = performance.now();
      const text = await deckText(root, options.extraText);
      sources = text.sources;
      fonts = await buildDeckFonts(root, text.characters, fontWeights, sources, { [font.weights.heading]: text.boldCharacters }, options.firstSlideFirst === false ? undefined : text.firstSlide);
      this.info(`${fonts.characters.length} characters in ${fonts.fonts.length} files (${fontWeights.length} weights), ${Math.round(performance.now() - started)} ms`);
      return [`import ${JSON.stringify(fonts.css)};`, names].join('\n');
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (source === 'whole') {
          const version = await sourceVersion();
          const preloads = fontWeights.map((weight) => preloadTag(wholeFontUrl(weight, version), 'font/ttf'));
          return { html, tags: [...preloads, { tag: 'style', children: wholeFontsCss(fontWeights, version), injectTo: 'head' }] };
        }
        if (!fonts) return html;
        const missing = uncoveredCharacters(html, fonts.characters);
        if (missing) throw new Error(`The built page shows characters the subset fonts lack: ${describeCharacters(missing, sources)}`);
        // The first slide's file of each weight, preloaded (absent when inlined, as in offline.html);
        // the rest are fetched once the first slide is painted (src/deck/font-warm-up.ts).
        const preloads = Object.values(ctx.bundle ?? {})
          .filter((file) => file.type === 'asset' && /(^|\/)noto-serif-sc-\d+-first-[\w-]+\.woff2$/.test(file.fileName))
          .map((file) => preloadTag(`./${file.fileName}`, 'font/woff2'));
        return { html, tags: preloads };
      },
    },
  };
}
