import type { DeckModel } from '../../outline/model.ts';
import { onScreenNumber, slideFacts, type SlideFacts } from '../../outline/slide-model.ts';
import { escapeHtml as esc } from '../../render/escape.ts';
import { strings } from '../../strings.ts';

/** A printable HTML document beside the built deck: the handout or the reading copy. */
export interface PaperDocument {
  lang: string;
  title: string;
  /** The built deck's stylesheet, relative to dist/: the theme's tokens and the subset fonts. */
  deckStylesheet: string;
  /** The document's own stylesheet (src/theme/paper/). */
  css: string;
  body: string;
  /** Classes for <html>. */
  htmlClass?: string;
  /** Custom properties for <html>, e.g. sizes the stylesheet takes from code. */
  properties?: Readonly<Record<string, string>>;
  /** A page number at each page's foot (— 3 —); the slides, which carry their own, have none. */
  pageNumbers?: boolean;
}

/** A CSS string literal. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/** The page number at the foot of every page, as official documents set it (— 3 —). */
export function pageNumberRule(): string {
  const [before, after] = strings.pageNumberAround;
  return `@page { @bottom-center { content: ${cssString(before)} counter(page) ${cssString(after)}; } }`;
}

export function renderPaperDocument(doc: PaperDocument): string {
  const properties = Object.entries(doc.properties ?? {})
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
  return (
    `<!doctype html>\n` +
    `<html lang="${esc(doc.lang)}"${doc.htmlClass ? ` class="${esc(doc.htmlClass)}"` : ''}${properties ? ` style="${esc(properties)}"` : ''}>` +
    `<head><meta charset="utf-8"><title>${esc(doc.title)}</title>` +
    `<link rel="stylesheet" href="${esc(doc.deckStylesheet)}">` +
    `<style>${doc.css}${doc.pageNumbers === false ? '' : `\n${pageNumberRule()}`}</style></head>` +
    `<body>${doc.body}</body></html>`
  );
}

/** A slide's cue: its on-screen number, set in the margin where the slide begins (decoration, not text to read). */
export function renderCue(facts: SlideFacts): string {
  return `<span class="cue" aria-hidden="true">${esc(onScreenNumber(facts))}</span>`;
}

/** Each slide's facts by id: where the paper documents find a slide's cue. */
export function factsById(model: DeckModel): ReadonlyMap<string, SlideFacts> {
  return new Map(slideFacts(model).map((facts) => [facts.id, facts]));
}
