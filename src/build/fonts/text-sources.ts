import type { Outline } from '../../outline/types.ts';
import { deckOrder, notesOf, visibleTexts } from '../../outline/walk.ts';
import { contentFiles } from '../content.ts';

/** Text the deck can show, and where a person goes to change it: a build error points there. */
export interface TextSource {
  where: string;
  text: string;
}

/** The outline's texts in deck order: each slide's visible fields, then its notes. */
export function outlineSources(outline: Outline): TextSource[] {
  return deckOrder(outline).flatMap((slide) => {
    const notes = notesOf(slide);
    const fields = [...visibleTexts(slide), ...(notes === undefined ? [] : [{ field: 'notes', text: notes }])];
    return fields.map(({ field, text }) => ({ where: `${contentFiles.outline} › slide "${slide.id}" › ${field}`, text }));
  });
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Names each character by code point and glyph, and the first source that uses it. */
export function describeCharacters(chars: string, sources: readonly TextSource[]): string {
  return [...chars]
    .map((ch) => `${codePoint(ch)} “${ch}” in ${sources.find((s) => s.text.includes(ch))?.where ?? 'the page'}`)
    .join('; ');
}
