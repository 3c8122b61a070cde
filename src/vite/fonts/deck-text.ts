import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderPage } from '../../render/page.ts';
import { loadDeck } from '../../outline/load-deck.ts';
import type { DeckModel } from '../../outline/model.ts';
import { slideFacts } from '../../outline/slide-model.ts';
import { characterSet, cjkPunctuation, cssContentText, htmlText, printableAscii } from './charset.ts';
import { outlineSources, type TextSource } from './text-sources.ts';

/** Sources whose strings can reach the screen: deck and speaker-view code, theme (generated content), UI strings. */
const uiSourcePaths = ['src/deck', 'src/presenter', 'src/shared', 'src/theme', 'src/strings.ts'];

/** String literals of TypeScript sources, one by one: labels and messages our own code may show. */
export function stringLiteralList(code: string): string[] {
  // Comments first: their apostrophes would pair up with quotes, their prose is never shown.
  const uncommented = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  return [...uncommented.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].map(([, , text]) => text!);
}

/** All string literals of TypeScript sources, run together. */
export function stringLiterals(code: string): string {
  return stringLiteralList(code).join('');
}

/**
 * A label (a title, a heading, a table's first column, a button) rather than a message: at most
 * 10 Chinese characters once its placeholders are out (keys, arrows and Latin aside). The deck sets labels in the heading weight and
 * messages (notices, explanations, the check's details) in the body weight, so the bold file
 * carries only labels' characters (e2e/fonts.spec.ts checks every view).
 */
export function isLabel(literal: string): boolean {
  return [...literal.replace(/\$\{[^}]*\}/g, '')].filter((ch) => /\p{Script=Han}/u.test(ch)).length <= 10;
}

export async function uiSources(root: string, keep: (literal: string) => boolean = () => true): Promise<TextSource[]> {
  const sources: TextSource[] = [];
  for (const dir of uiSourcePaths) {
    const files = dir.endsWith('.ts') ? [''] : await readdir(resolve(root, dir), { recursive: true }).catch(() => [] as string[]);
    for (const file of files.sort()) {
      const path = file === '' ? dir : `${dir}/${file.replaceAll('\\', '/')}`;
      if (path.endsWith('.test.ts')) continue;
      if (path.endsWith('.css')) sources.push({ where: path, text: cssContentText(await readFile(join(root, path), 'utf8')) });
      else if (path.endsWith('.ts')) sources.push({ where: path, text: stringLiteralList(await readFile(join(root, path), 'utf8')).filter(keep).join('') });
    }
  }
  return sources;
}

/** Fields set in the heading weight: a slide's title, heading, lead, ordinal, label, pledge, the closing text; not a quotation. */
const HEADING_FIELD = /(^|\.)(title|heading|lead|ordinal|label|pledge|text)$/;

/** Every text the deck sets bold, as shown (fill-in values included), from the slide facts. */
export function headingTexts(model: DeckModel): string[] {
  return slideFacts(model).flatMap((slide) => slide.shown.filter((t) => HEADING_FIELD.test(t.field) && !t.field.startsWith('quotation')).map((t) => t.text));
}

export interface DeckText {
  characters: string;
  /**
   * The characters set bold (the heading weight): slide headings, titles, labels and the lead
   * statement, wherever they are shown (slides, overview, running heads, paper's headings), our
   * own UI labels (`isLabel`), and the ASCII and punctuation margin. The bold file carries only these: most
   * of the speech is read in the regular weight, and the bold font was as large as the regular one.
   */
  boldCharacters: string;
  /** What the first slide (the cover) shows: its characters' glyphs come first (deck-fonts.ts). */
  firstSlide: string;
  /** Where each character comes from, outline first: what a build error names. */
  sources: TextSource[];
}

/**
 * Every character the deck can show, known before the page is bundled: the rendered slides
 * and notes in the page template, strings of our deck and theme code, printable ASCII and the
 * CJK punctuation margin. The built page is checked against this set again (plugin.ts).
 */
export async function deckText(root: string, extraText = ''): Promise<DeckText> {
  const model = await loadDeck(root);
  const page = renderPage(await readFile(resolve(root, 'index.html'), 'utf8'), model);
  const sources = [
    ...outlineSources(model),
    ...(await uiSources(root)),
    { where: 'the page', text: htmlText(page) },
    { where: 'the margin of ASCII and CJK punctuation (src/vite/fonts/charset.ts)', text: printableAscii + cjkPunctuation },
    { where: "the font plugin's extraText", text: extraText },
  ];
  const labels = await uiSources(root, isLabel);
  const boldCharacters = characterSet(...headingTexts(model), ...labels.map((s) => s.text), printableAscii, cjkPunctuation, extraText);
  const firstSlide = characterSet(...(slideFacts(model)[0]?.shown.map((t) => t.text) ?? []));
  return { characters: characterSet(...sources.map((s) => s.text)), boldCharacters, firstSlide, sources };
}
