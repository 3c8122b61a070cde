import { outline } from '../slides/outline.ts';
import type { Slide } from '../src/outline/types.ts';
import { deckOrder, notesOf } from '../src/outline/walk.ts';

/** What the tests expect to see, taken from the outline rather than restated. */
export const slides: Slide[] = deckOrder(outline);
export const slideIdsInOrder: string[] = slides.map((s) => s.id);
export const pillars = outline.slides.filter((s) => s.kind === 'pillar');

export function slideById(id: string): Slide {
  const slide = slides.find((s) => s.id === id);
  if (!slide) throw new Error(`no slide "${id}" in slides/outline.ts`);
  return slide;
}

/** The notes of a slide as the speaker view shows them (paragraphs run together). */
export function notesText(id: string): string {
  return (notesOf(slideById(id)) ?? '').replace(/\n/g, '');
}

/** The first field a slide shows prominently: a title, heading or text. */
export function headlineOf(id: string): string {
  const slide = slideById(id);
  switch (slide.kind) {
    case 'cover':
    case 'measure':
      return slide.title;
    case 'pillar':
      return slide.heading;
    case 'overview':
      return slide.heading;
    case 'opening':
      return slide.lead;
    case 'closing':
      return slide.text;
  }
}
