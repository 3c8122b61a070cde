import type { DeckModel } from '../outline/model.ts';
import { bootMarkup } from './boot.ts';
import { deckTitle, renderSlides } from './deck.ts';
import { escapeHtml } from './escape.ts';

/** Fills the page template (index.html) with the deck: language, title and every slide. */
export function renderPage(template: string, model: DeckModel): string {
  // Function replacements: `$&` and the like in content stay literal.
  return template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${escapeHtml(model.outline.lang)}"`)
    .replace('<!--deck:title-->', () => escapeHtml(deckTitle(model)))
    .replace('<!--deck:boot-->', () => bootMarkup())
    .replace('<!--deck:slides-->', () => renderSlides(model));
}
