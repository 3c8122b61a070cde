import type { Outline } from '../outline/types.ts';
import { deckTitle, renderSlides } from './deck.ts';
import { escapeHtml } from './escape.ts';

/** Fills the page template (index.html) with the outline: language, title and every slide. */
export function renderPage(template: string, outline: Outline): string {
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(outline.lang)}"`)
    .replace('<!--deck:title-->', escapeHtml(deckTitle(outline)))
    .replace('<!--deck:slides-->', renderSlides(outline));
}
