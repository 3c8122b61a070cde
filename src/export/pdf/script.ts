import type { DeckModel } from '../../outline/model.ts';
import type { Slide } from '../../outline/types.ts';
import { deckOrder, notesOf, notesParagraphs } from '../../outline/walk.ts';
import { deckTitle } from '../../outline/slide-model.ts';
import { htmlText, paperPhrases, type RenderText } from '../../render/text.ts';
import { wordSegmenter } from '../../render/word-segmenter.ts';
import { renderCue, renderPaperDocument, type SlideNumbers } from './paper-document.ts';

/**
 * How long the lead of a slide's first notes paragraph is, 0 when it has none: a pillar's opening
 * sentence (坚持学思想为先，在…作表率。) is its heading; a measure's 一是以上率下带头学。 is set bold.
 */
function leadLength(slide: Slide, paragraph: string): number {
  const endOfSentence = (from: number) => (paragraph[from] === '。' ? from + 1 : from);
  if (slide.kind === 'pillar' && paragraph.startsWith(slide.heading)) {
    const end = paragraph.indexOf('。');
    return end === -1 ? paragraph.length : end + 1;
  }
  if (slide.kind === 'measure' && paragraph.startsWith(slide.label + slide.title)) {
    return endOfSentence(slide.label.length + slide.title.length);
  }
  return 0;
}

/** A block of the reading copy: an element and its (escaped) content. */
interface Block {
  tag: 'h1' | 'h2' | 'p' | 'div';
  className?: string;
  html: string;
}

/** The blocks of one notes paragraph: a heading, a lead set bold, or plain body text. */
function paragraphBlocks(slide: Slide, paragraph: string, first: boolean, t: RenderText): Block[] {
  if (slide.kind === 'cover') {
    return first && paragraph === slide.title
      ? [
          { tag: 'h1', className: 'script__title', html: t(paragraph) },
          { tag: 'p', className: 'script__speaker', html: t(slide.speaker) },
        ]
      : [{ tag: 'p', className: 'script__salutation', html: t(paragraph) }];
  }
  const lead = first ? leadLength(slide, paragraph) : 0;
  if (lead === 0) return [{ tag: 'p', html: t(paragraph) }];
  const [head, rest] = [paragraph.slice(0, lead), paragraph.slice(lead)];
  if (slide.kind === 'pillar') {
    return [{ tag: 'h2', className: 'script__heading', html: t(head) }, ...(rest ? [{ tag: 'p' as const, html: t(rest) }] : [])];
  }
  return [{ tag: 'p', html: `<strong>${t(head)}</strong>${t(rest)}` }];
}

/** One slide's part of the speech, its cue in the margin of the part's first block. */
function renderSlidePart(slide: Slide, cue: string, t: RenderText): string {
  const paragraphs = notesParagraphs(notesOf(slide) ?? '');
  const blocks: Block[] =
    paragraphs.length === 0
      ? // A slide without notes (the overview) begins between paragraphs: its cue stands on a line of its own.
        [{ tag: 'div', className: 'script__cue-line', html: '' }]
      : paragraphs.flatMap((paragraph, i) => paragraphBlocks(slide, paragraph, i === 0, t));
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
export function renderScript(model: DeckModel, numbers: SlideNumbers, deckStylesheet: string, css: string): string {
  // Cut into phrases as the slides are: lines break between words, never inside a term.
  const t = htmlText(model, wordSegmenter(), paperPhrases);
  const parts = deckOrder(model.outline).map((slide, i) => renderSlidePart(slide, renderCue(numbers.get(slide.id) ?? String(i + 1)), t));
  return renderPaperDocument({
    lang: model.outline.lang,
    title: deckTitle(model),
    deckStylesheet,
    css,
    body: `<main class="script">${parts.join('')}</main>`,
  });
}
