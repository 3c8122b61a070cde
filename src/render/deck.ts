import type { Outline, PillarStack, TopLevelSlide } from '../outline/types.ts';
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

/** A pillar becomes a vertical stack: its head on top, its measures below. */
function renderStack(stack: PillarStack): string {
  const head = pillarHead(stack);
  const slides = [renderPillarHead(head), ...stack.measures.map((m) => renderMeasure(m, head))];
  return `<section class="stack" data-stack="${escapeHtml(stack.id)}">${slides.join('')}</section>`;
}

function renderTopLevel(slide: TopLevelSlide, pillars: readonly PillarStack[]): string {
  switch (slide.kind) {
    case 'cover':
      return renderCover(slide);
    case 'opening':
      return renderOpening(slide);
    case 'overview':
      return renderOverview(slide, pillars);
    case 'pillar':
      return renderStack(slide);
    case 'closing':
      return renderClosing(slide);
  }
}

/** The reveal.js `.slides` markup for a validated outline. */
export function renderSlides(outline: Outline): string {
  const pillars = outline.slides.filter((s): s is PillarStack => s.kind === 'pillar');
  return outline.slides.map((slide) => renderTopLevel(slide, pillars)).join('\n');
}

/** The page's title: the cover's title when there is a cover. */
export function deckTitle(outline: Outline): string {
  const cover = outline.slides.find((s) => s.kind === 'cover');
  return cover?.kind === 'cover' ? cover.title : '';
}
