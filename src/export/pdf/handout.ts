import type { DeckModel } from '../../outline/model.ts';
import { notesOf, notesParagraphs } from '../../outline/walk.ts';
import { deckTitle } from '../../outline/slide-model.ts';
import { paperAnchor, renderEachSlide } from '../../render/deck.ts';
import { htmlText, paperPhrases } from '../../render/text.ts';
import { wordSegmenter } from '../../render/word-segmenter.ts';
import { LANDSCAPE } from '../../theme/canvas.ts';
import { factsById, renderCue, renderPaperDocument } from './paper-document.ts';

/** How wide a slide is set on the handout's A4 page. */
export const HANDOUT_SLIDE_WIDTH_MM = 140;
const CSS_PX_PER_MM = 96 / 25.4;

/**
 * The handout: A4 portrait, each slide in the deck's look and beneath it that slide's full
 * notes, so the pages carry the whole speech in order. Slides are rendered from the model by the
 * deck's own renderers and laid out by its print stylesheet, scaled to the page.
 * `css` is src/theme/paper/handout.css; `deckStylesheet` the built deck's stylesheet.
 */
export function renderHandout(model: DeckModel, deckStylesheet: string, css: string): string {
  const facts = factsById(model);
  // The notes cut into phrases, as the reading copy's: lines break between words.
  const t = htmlText(model, wordSegmenter(), paperPhrases);
  // The overview's links go to the pillars' slides on these pages.
  const blocks = renderEachSlide(model, paperAnchor).map(({ slide, html }) => {
    const notes = notesOf(slide);
    const paragraphs = notes === undefined ? '' : notesParagraphs(notes).map((line) => `<p>${t(line)}</p>`).join('');
    return (
      `<article class="handout__slide">` +
      renderCue(facts.get(slide.id)!) +
      `<div class="handout__picture"><div class="reveal"><div class="slides">${html}</div></div></div>` +
      (paragraphs ? `<div class="handout__notes">${paragraphs}</div>` : '') +
      `</article>`
    );
  });
  return renderPaperDocument({
    lang: model.outline.lang,
    title: deckTitle(model),
    deckStylesheet,
    css,
    body: `<main class="handout">${blocks.join('')}</main>`,
    // reveal.js's paper stylesheet restyles `.reveal` for pages without this class (see src/deck/paper.ts).
    htmlClass: 'print-pdf',
    properties: {
      '--handout-slide-scale': String((HANDOUT_SLIDE_WIDTH_MM * CSS_PX_PER_MM) / LANDSCAPE.width),
    },
  });
}
