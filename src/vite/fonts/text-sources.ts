import { outlineTexts } from '../../outline/fill-in-checks.ts';
import { partsText } from '../../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../../outline/model.ts';
import { contentFiles, fillInValuesFile } from '../../outline/content-files.ts';

/** Text the deck can show, and where a person goes to change it: a build error points there. */
export interface TextSource {
  where: string;
  text: string;
}

/**
 * The deck's content as shown: the presenter's fill-in values first (a character only a value
 * uses is the values file's to fix), then each slide's visible fields and notes in deck order.
 */
export function outlineSources(model: DeckModel, valuesFile = fillInValuesFile()): TextSource[] {
  const values = [...model.fillIns.values()].flatMap((f) => (f.value === undefined ? [] : [{ where: `${valuesFile} › ${f.id}`, text: f.value }]));
  const slides = outlineTexts(model.outline).map(({ slide, field, text }) => ({
    where: `${contentFiles.outline} › slide "${slide}" › ${field}`,
    text: partsText(textParts(model, text)),
  }));
  return [...values, ...slides];
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Names each character by code point and glyph, and the first source that uses it. */
export function describeCharacters(chars: string, sources: readonly TextSource[]): string {
  return [...chars]
    .map((ch) => `${codePoint(ch)} “${ch}” in ${sources.find((s) => s.text.includes(ch))?.where ?? 'the page'}`)
    .join('; ');
}
