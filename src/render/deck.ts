import { partsText } from '../outline/fill-ins.ts';
import { DEFAULT_RATE, planAtRate, spokenLength } from '../outline/pacing.ts';
import { slideNotesShown, textParts, type DeckModel } from '../outline/model.ts';
import type { PillarStack, TopLevelSlide } from '../outline/types.ts';
import { pillarHead } from '../outline/walk.ts';
import { escapeHtml } from './escape.ts';
import {
  renderClosing,
  renderCover,
  renderMeasure,
  renderOpening,
  renderOverview,
  renderPillarHead,
} from './slides.ts';
import { htmlText, type RenderContext } from './text.ts';
import { wordSegmenter } from './word-segmenter.ts';

/** A pillar becomes a vertical stack: its head on top, its measures below. */
function renderStack(stack: PillarStack, t: RenderContext): string {
  const head = pillarHead(stack);
  const slides = [renderPillarHead(head, t), ...stack.measures.map((m) => renderMeasure(m, head, t))];
  return `<section class="stack" data-stack="${escapeHtml(stack.id)}">${slides.join('')}</section>`;
}

function renderTopLevel(slide: TopLevelSlide, pillars: readonly PillarStack[], t: RenderContext): string {
  switch (slide.kind) {
    case 'cover':
      return renderCover(slide, t);
    case 'opening':
      return renderOpening(slide, t);
    case 'overview':
      return renderOverview(slide, pillars, t);
    case 'pillar':
      return renderStack(slide, t);
    case 'closing':
      return renderClosing(slide, t);
  }
}

/** The reveal.js `.slides` markup for the deck model. */
export function renderSlides(model: DeckModel): string {
  const { outline } = model;
  const pillars = outline.slides.filter((s): s is PillarStack => s.kind === 'pillar');
  const context: RenderContext = {
    text: htmlText(model, wordSegmenter()),
    notes: htmlText(model),
    plannedSeconds: (slide) => planAtRate([spokenLength(slideNotesShown(model, slide))], DEFAULT_RATE)[0]!,
  };
  return outline.slides.map((slide) => renderTopLevel(slide, pillars, context)).join('\n');
}

/** The page's title, as plain text: the cover's title when there is a cover. */
export function deckTitle(model: DeckModel): string {
  const cover = model.outline.slides.find((s) => s.kind === 'cover');
  return cover?.kind === 'cover' ? partsText(textParts(model, cover.title)) : '';
}
