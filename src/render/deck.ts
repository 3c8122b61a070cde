import type { DeckModel } from '../outline/model.ts';
import { onScreenNumber, slideFacts } from '../outline/slide-model.ts';
import type { PillarStack, Slide, TopLevelSlide } from '../outline/types.ts';
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

/** A pillar's slides: its head, then its measures. */
function renderPillarSlides(stack: PillarStack, t: RenderContext): { slide: Slide; html: string }[] {
  const head = pillarHead(stack);
  return [{ slide: head, html: renderPillarHead(head, t) }, ...stack.measures.map((m) => ({ slide: m, html: renderMeasure(m, head, t) }))];
}

/** A pillar becomes a vertical stack: its head on top, its measures below. */
function renderStack(stack: PillarStack, t: RenderContext): string {
  const slides = renderPillarSlides(stack, t).map((s) => s.html);
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

/**
 * What every slide renderer is given: slide text with fill-ins, cut into phrases so lines break
 * only between words; notes with fill-ins and a <wbr> between words; planned times (data-timing)
 * and on-screen numbers (data-slide-number), from the slide facts.
 */
function renderContext(model: DeckModel, slideLink: RenderContext['slideLink']): RenderContext {
  const facts = new Map(slideFacts(model).map((f) => [f.id, f]));
  return {
    text: htmlText(model, wordSegmenter()),
    notes: htmlText(model, wordSegmenter(), { breakElements: true }),
    plannedSeconds: (slide) => facts.get(slide.id)!.seconds,
    slideNumber: (slide) => onScreenNumber(facts.get(slide.id)!),
    slideLink,
  };
}

/** reveal.js's route to a slide: what the overview links to on screen. */
const deckRoute = (id: string) => `#/${id}`;

/** The slide's own anchor: a printed page links to another page of the same document. */
export const paperAnchor = (id: string) => `#${id}`;

/** The reveal.js `.slides` markup for the deck model; `slideLink` says how one slide links to another. */
export function renderSlides(model: DeckModel, slideLink: RenderContext['slideLink'] = deckRoute): string {
  const { outline } = model;
  const pillars = outline.slides.filter((s): s is PillarStack => s.kind === 'pillar');
  const context = renderContext(model, slideLink);
  return outline.slides.map((slide) => renderTopLevel(slide, pillars, context)).join('\n');
}

/**
 * Each slide on its own, in deck order: a pillar's head and measures apart from their stack, for
 * documents that set slides among other content (the printed handout).
 */
export function renderEachSlide(model: DeckModel, slideLink: RenderContext['slideLink'] = deckRoute): { slide: Slide; html: string }[] {
  const pillars = model.outline.slides.filter((s): s is PillarStack => s.kind === 'pillar');
  const t = renderContext(model, slideLink);
  return model.outline.slides.flatMap((slide) =>
    slide.kind === 'pillar' ? renderPillarSlides(slide, t) : [{ slide, html: renderTopLevel(slide, pillars, t) }],
  );
}
