import type { MeasureSlide, Outline, PillarHeadSlide, PillarStack, Slide } from './types.ts';

/** A field of a slide that is shown on screen, with its path for error messages. */
export interface VisibleText {
  field: string;
  text: string;
}

/** The head slide of a pillar, without its measures. */
export function pillarHead(stack: PillarStack): PillarHeadSlide {
  const { measures: _measures, ...head } = stack;
  return head;
}

/**
 * Every slide in the order the deck shows it: a pillar's head, then its measures.
 * Tolerates a malformed `measures` (the validator reports it) so every other issue is still found.
 */
export function deckOrder(outline: Outline): Slide[] {
  return outline.slides.flatMap((slide): Slide[] =>
    slide.kind === 'pillar' ? [pillarHead(slide), ...(Array.isArray(slide.measures) ? slide.measures : [])] : [slide],
  );
}

/** The speech text a slide carries in its notes, or undefined for a slide that carries none. */
export function notesOf(slide: Slide): string | undefined {
  return slide.kind === 'overview' ? undefined : slide.notes;
}

/** A notes text's paragraphs: one per line, blank lines dropped. */
export function notesParagraphs(notes: string): string[] {
  return notes.split('\n').filter((line) => line.trim() !== '');
}

/** A list field's items; a missing or malformed list shows nothing (the validator reports it). */
const listed = (field: string, items: readonly string[] | undefined): VisibleText[] =>
  Array.isArray(items) ? items.map((text, i) => ({ field: `${field}[${i}]`, text })) : [];

/**
 * The text a slide shows, field by field (the overview's pillar list belongs to the pillars).
 * Written for data that may not match its type: `text` is whatever the field holds.
 */
export function visibleTexts(slide: Slide): VisibleText[] {
  switch (slide.kind) {
    case 'cover':
      return [
        { field: 'title', text: slide.title },
        { field: 'speaker', text: slide.speaker },
      ];
    case 'opening':
      return [{ field: 'lead', text: slide.lead }, ...listed('statements', slide.statements)];
    case 'overview':
      return [{ field: 'heading', text: slide.heading }];
    case 'pillar': {
      const quote: Partial<PillarHeadSlide['quotation']> = slide.quotation ?? {};
      return [
        { field: 'ordinal', text: slide.ordinal },
        { field: 'heading', text: slide.heading },
        { field: 'pledge', text: slide.pledge },
        ...(quote.attribution === undefined ? [] : [{ field: 'quotation.attribution', text: quote.attribution }]),
        { field: 'quotation.text', text: quote.text as string },
      ];
    }
    case 'measure':
      return measureTexts(slide);
    case 'closing':
      return [{ field: 'text', text: slide.text }];
  }
}

function measureTexts(slide: MeasureSlide): VisibleText[] {
  return [
    { field: 'label', text: slide.label },
    { field: 'title', text: slide.title },
    ...listed('points', slide.points),
  ];
}
