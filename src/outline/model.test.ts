import { describe, expect, it } from 'vitest';
import { partsText } from './fill-ins.ts';
import { OutlineError } from './issues.ts';
import { checkValues, deckModel, openFillIns, textParts } from './model.ts';
import { fixtureModel, fixtureOutline, fixtureSpeech } from './test-fixture.ts';
import { deckOrder, notesOf } from './walk.ts';

/** The notes of every slide, run together, with fill-ins as the model shows them. */
function notesShown(values: Record<string, string | number>, fillInText?: (value: string | undefined, blank: string) => string): string {
  const model = fixtureModel(values);
  return deckOrder(model.outline)
    .map((slide) => notesOf(slide) ?? '')
    .map((notes) => partsText(textParts(model, notes), fillInText && ((f) => fillInText(f.value, f.blank))))
    .join('')
    .replace(/\n/g, '');
}
const speechFlat = fixtureSpeech.replace(/\n/g, '');

describe('the deck model', () => {
  it('maps every open blank back to its source asterisks', () => {
    expect(notesShown({}, (_value, blank) => blank)).toBe(speechFlat);
  });

  it('with values, equals the speech with exactly those substitutions', () => {
    expect(notesShown({ place: '宁夏', households: '3.5' })).toBe(speechFlat.replace('**', '宁夏').replace('*.*', '3.5'));
    expect(notesShown({ place: '宁夏' }, (value, blank) => value ?? blank)).toBe(speechFlat.replace('**', '宁夏'));
  });

  it('lists the blanks still open, with the places that show them', () => {
    const open = openFillIns(fixtureModel({ households: 3.5 }));
    expect(open.map((o) => o.fillIn.id)).toEqual(['place']);
    expect(open[0]!.places).toEqual([
      { id: 'place', slide: 'opening', field: 'statements[0]' },
      { id: 'place', slide: 'opening', field: 'notes' },
    ]);
  });

  it('rejects an unknown id and a bad value, naming the values file, the fill-in and what was expected', () => {
    expect(checkValues(fixtureOutline(), { place: '宁夏', nowhere: 'x' })).toEqual([
      { field: 'nowhere', message: 'no fill-in "nowhere" is declared (known: place, households)' },
    ]);
    const build = () => deckModel(fixtureOutline(), fixtureSpeech, { households: '3.55', place: '<i>' }, 'slides/fill-ins.ts');
    expect(build).toThrow(OutlineError);
    expect(build).toThrow(/slides\/fill-ins\.ts › households: 户数（万户）: expected a number with exactly 1 decimal place/);
    expect(build).toThrow(/slides\/fill-ins\.ts › place: 地名: expected non-empty text/);
  });
});
