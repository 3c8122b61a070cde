import { partsText } from './fill-ins.ts';
import { deckModel, textParts, type DeckModel } from './model.ts';
import { fixtureOutline, fixtureSpeech } from './test-fixture.ts';
import type { Outline } from './types.ts';

/**
 * Text that looks like markup, a link or a replacement pattern, each standing in for a word of
 * the fixture in the speech and the outline alike: the hostile deck still passes every check of
 * the build, so what the outputs make of it is what a real speech with such text would get.
 * Between them the words reach titles, headings, bullets, quotations, labels and notes.
 */
export const HOSTILE_WORDS: Readonly<Record<string, string>> = {
  甲: '<script>alert(1)</script>',
  乙: '</textarea>&amp;',
  做法: '<img src=x onerror=alert(2)>',
  题目: 'javascript:alert(3)</title>',
  同志们: 'R&D <b>同志们</b>',
  开场白: "$&$'$`$1$<name>$$",
  总书记: '</style>&lt;!--',
  发言完毕: `"'-->&#39;]]>`,
  目录: '<a href="javascript:alert(4)">目录</a>',
};

/** Values a presenter could type that look like replacement patterns and entities (markup is refused in values). */
export const HOSTILE_VALUES = { place: "$&$'$`&amp;\"'", households: '3.5' } as const;
/** A fill-in description with quotes and an entity: it becomes the gap's aria-label and title. */
export const HOSTILE_DESCRIPTION = `地名"&amp;'$&`;

const pattern = new RegExp(Object.keys(HOSTILE_WORDS).join('|'), 'g');
/** One pass, function replacement: the hostile words are not read as patterns, nor replaced again. */
const hostile = (text: string) => text.replace(pattern, (word) => HOSTILE_WORDS[word]!);

function hostileCopy<T>(value: T): T {
  if (typeof value === 'string') return hostile(value) as T;
  if (Array.isArray(value)) return value.map(hostileCopy) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, hostileCopy(field)])) as T;
  }
  return value;
}

export const hostileSpeech = hostile(fixtureSpeech);

/** The fixture outline with every hostile word in place, and the place's description hostile too. */
export function hostileOutline(): Outline {
  const outline = hostileCopy(fixtureOutline());
  return { ...outline, fillIns: { ...outline.fillIns, place: { ...outline.fillIns.place!, description: HOSTILE_DESCRIPTION } } };
}

/** The hostile deck as a model: hostile values by default, or none (every blank open). */
export function hostileModel(values: Record<string, string> = HOSTILE_VALUES): DeckModel {
  return deckModel(hostileOutline(), hostileSpeech, values, 'slides/fill-ins.ts');
}

/** The same deck with plain words and values: what the hostile one must match in structure. */
export function plainModel(values: Record<string, string> = { place: '某地', households: '3.5' }): DeckModel {
  return deckModel(fixtureOutline(), fixtureSpeech, values, 'slides/fill-ins.ts');
}

/** Outline text as every output shows it: values, or the gaps of open blanks. */
export const shown = (model: DeckModel, text: string) => partsText(textParts(model, text));
