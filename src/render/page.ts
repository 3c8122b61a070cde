import type { DeckModel } from '../outline/model.ts';
import { bootMarkup } from './boot.ts';
import { deckTitle } from '../outline/slide-model.ts';
import { renderSlides } from './deck.ts';
import { escapeHtml } from './escape.ts';
import { pageModelScript } from './page-model-script.ts';

/** Fills the page template (index.html) with the deck: language, title and every slide. */
export function renderPage(template: string, model: DeckModel): string {
  // Function replacements: `$&` and the like in content stay literal.
  return template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${escapeHtml(model.outline.lang)}"`)
    .replace('<!--deck:title-->', () => escapeHtml(deckTitle(model)))
    .replace('<!--deck:boot-->', () => bootMarkup())
    .replace('<!--deck:slides-->', () => renderSlides(model))
    .replace('<!--deck:model-->', () => pageModelScript(model));
}
