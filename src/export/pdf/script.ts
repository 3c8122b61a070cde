import type { DeckModel } from '../../outline/model.ts';
import { speechDocument, type SpeechBlock, type SpeechPart } from '../../outline/speech-document.ts';
import { deckTitle } from '../../outline/slide-model.ts';
import { htmlText, paperPhrases, type RenderText } from '../../render/text.ts';
import { wordSegmenter } from '../../render/word-segmenter.ts';
import { factsById, renderCue, renderPaperDocument } from './paper-document.ts';

/** A block of the reading copy: an element and its (escaped) content. */
interface Block {
  tag: 'h1' | 'h2' | 'p' | 'div';
  className?: string;
  html: string;
}

/** A block of the speech as the reading copy sets it: a heading, a lead set bold, or plain body text. */
function htmlBlock(block: SpeechBlock, t: RenderText): Block {
  switch (block.kind) {
    case 'title':
      return { tag: 'h1', className: 'script__title', html: t(block.text) };
    case 'speaker':
      return { tag: 'p', className: 'script__speaker', html: t(block.text) };
    case 'salutation':
      return { tag: 'p', className: 'script__salutation', html: t(block.text) };
    case 'heading':
      return { tag: 'h2', className: 'script__heading', html: t(block.text) };
    case 'paragraph':
      return { tag: 'p', html: block.lead ? `<strong>${t(block.lead)}</strong>${t(block.text)}` : t(block.text) };
  }
}

/** One slide's part of the speech, its cue in the margin of the part's first block. */
function renderSlidePart(part: SpeechPart, cue: string, t: RenderText): string {
  const blocks: Block[] =
    part.blocks.length === 0
      ? // A slide without notes (the overview) begins between paragraphs: its cue stands on a line of its own.
        [{ tag: 'div', className: 'script__cue-line', html: '' }]
      : part.blocks.map((block) => htmlBlock(block, t));
  return blocks
    .map(({ tag, className, html }, i) => `<${tag}${className ? ` class="${className}"` : ''}>${i === 0 ? cue : ''}${html}</${tag}>`)
    .join('');
}

/**
 * The reading copy (大字版讲稿): A4 portrait, the whole speech as a formal document — title,
 * speaker, salutation, headings, body in a large reading size — with each slide's on-screen
 * number as a small cue in the margin where the slide begins. Text comes from the model's notes,
 * in deck order, which the build holds to be the speech. `css` is src/theme/paper/script.css.
 */
export function renderScript(model: DeckModel, deckStylesheet: string, css: string): string {
  const facts = factsById(model);
  // Cut into phrases as the slides are: lines break between words, never inside a term.
  const t = htmlText(model, wordSegmenter(), paperPhrases);
  const parts = speechDocument(model.outline).map((part) => renderSlidePart(part, renderCue(facts.get(part.slide.id)!), t));
  return renderPaperDocument({
    lang: model.outline.lang,
    title: deckTitle(model),
    deckStylesheet,
    css,
    body: `<main class="script">${parts.join('')}</main>`,
  });
}
