import { readFileSync } from 'node:fs';
import { values } from '../slides/fill-ins.ts';
import { outline } from '../slides/outline.ts';
import { unbreakableTerms } from '../slides/unbreakable-terms.ts';
import { BLANK_RUN, partsText, shownText as shownFillIn, tokensIn } from '../src/outline/fill-ins.ts';
import { deckModel, textParts, type DeckModel } from '../src/outline/model.ts';
import type { Slide } from '../src/outline/types.ts';
import { deckOrder, notesOf } from '../src/outline/walk.ts';

/** What the tests expect to see, taken from the outline rather than restated. */
export const speech = readFileSync(new URL('../slides/speech.txt', import.meta.url), 'utf8');
/** The model the built deck shows: the outline with the committed fill-in values. */
export const model = deckModel(outline, speech, values, 'slides/fill-ins.ts', unbreakableTerms);
export const slides: Slide[] = deckOrder(outline);
export const slideIdsInOrder: string[] = slides.map((s) => s.id);
export const pillars = outline.slides.filter((s) => s.kind === 'pillar');

/** Outline text as the page shows it: values, or the gaps of open blanks. */
export function shownText(text: string): string {
  return partsText(textParts(model, text));
}

export function slideById(id: string): Slide {
  const slide = slides.find((s) => s.id === id);
  if (!slide) throw new Error(`no slide "${id}" in slides/outline.ts`);
  return slide;
}

/** The notes of a slide as the speaker view shows them (paragraphs run together). */
export function notesText(id: string): string {
  return shownText(notesOf(slideById(id)) ?? '').replace(/\n/g, '');
}

/** The first field a slide shows prominently: a title, heading or text. */
export function headlineOf(id: string): string {
  const slide = slideById(id);
  switch (slide.kind) {
    case 'cover':
    case 'measure':
      return shownText(slide.title);
    case 'pillar':
    case 'overview':
      return shownText(slide.heading);
    case 'opening':
      return shownText(slide.lead);
    case 'closing':
      return shownText(slide.text);
  }
}

/**
 * slides/speech.txt as the page must show it, paragraphs joined by `paragraphBreak` (none by
 * default): the i-th run of asterisks becomes the i-th fill-in of the notes (its value, or its
 * gap); every other character as it is. `shown` is the model whose values to show (by default the
 * committed values).
 */
export function speechAsShown(paragraphBreak = '', shown: DeckModel = model): string {
  const fillInsInOrder = slides.flatMap((slide) => tokensIn(notesOf(slide) ?? '').map((t) => shown.fillIns.get(t.id)!));
  let i = 0;
  return speech
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join(paragraphBreak)
    .replace(BLANK_RUN, () => shownFillIn(fillInsInOrder[i++]!));
}

/** The speech's sentences, as the deck shows them (blanks as their gaps), whitespace aside. */
export function speechSentences(): string[] {
  return speechAsShown('\n')
    .split(/(?<=[。！？：；\n])/)
    .map((sentence) => sentence.replace(/\s/g, ''))
    .filter((sentence) => sentence !== '');
}

/** Where each text is found in `haystack`, each after the one before (-1 once one is missing or out of order). */
export function inOrder(haystack: string, needles: readonly string[]): { needle: string; at: number }[] {
  let from = 0;
  return needles.map((needle) => {
    const at = from < 0 ? -1 : haystack.indexOf(needle, from);
    from = at < 0 ? -1 : at + needle.length;
    return { needle, at };
  });
}
