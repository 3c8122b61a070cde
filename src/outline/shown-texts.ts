import type { Outline, PillarStack, Slide } from './types.ts';
import { visibleTexts, type VisibleText } from './walk.ts';

/** The pillar stack a measure slide belongs to. */
export function pillarOf(outline: Outline, measureId: string): PillarStack | undefined {
  return outline.slides.find((s): s is PillarStack => s.kind === 'pillar' && s.measures.some((m) => m.id === measureId));
}

/**
 * Everything a slide shows, in reading order: its own fields (visibleTexts), plus what it shows
 * of other slides — the overview's entry for each pillar, a measure's running head naming its
 * pillar. What every output of a slide (page, PowerPoint) must show, and nothing else.
 */
export function shownTexts(outline: Outline, slide: Slide): VisibleText[] {
  switch (slide.kind) {
    case 'overview': {
      const pillars = outline.slides.filter((s): s is PillarStack => s.kind === 'pillar');
      const entries = pillars.flatMap((pillar) =>
        (['ordinal', 'heading', 'pledge'] as const).map((field) => ({ field: `${pillar.id}.${field}`, text: pillar[field] })),
      );
      return [...visibleTexts(slide), ...entries];
    }
    case 'measure': {
      const pillar = pillarOf(outline, slide.id);
      return [...(pillar ? [{ field: `${pillar.id}.heading`, text: pillar.heading }] : []), ...visibleTexts(slide)];
    }
    default:
      return visibleTexts(slide);
  }
}
