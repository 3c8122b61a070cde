import { describe, expect, it } from 'vitest';
import { checkOutline, assertValidOutline } from './check.ts';
import { OutlineError } from './issues.ts';
import { fixtureOutline, fixtureSpeech, mutableFixture } from './test-fixture.ts';
import { validateOutline } from './validate.ts';

describe('validateOutline', () => {
  it('accepts a sound outline', () => {
    expect(checkOutline(fixtureOutline(), fixtureSpeech)).toEqual([]);
  });

  it('reports empty visible text by slide id and field', () => {
    const outline = mutableFixture();
    outline.slides[3].measures[1].points[0] = '  ';
    expect(validateOutline(outline)).toEqual([{ slide: 'pillar-1-2', field: 'points[0]', message: 'text is empty' }]);
  });

  it('reports an empty quotation and pledge on a pillar head', () => {
    const outline = mutableFixture();
    outline.slides[4].quotation.text = '';
    outline.slides[4].pledge = '';
    const issues = validateOutline(outline);
    expect(issues.map((i) => `${i.slide}:${i.field}`)).toEqual(['pillar-2:pledge', 'pillar-2:quotation.text']);
  });

  it('reports duplicate ids once, at the second use', () => {
    const outline = mutableFixture();
    outline.slides[4].measures[0].id = 'pillar-1-1';
    expect(validateOutline(outline)).toEqual([
      { slide: 'pillar-1-1', field: 'id', message: 'id "pillar-1-1" is used by more than one slide' },
    ]);
  });

  it('reports ids that cannot serve as readable deep links', () => {
    const outline = mutableFixture();
    outline.slides[1].id = 'Opening Slide';
    expect(validateOutline(outline)[0]).toMatchObject({ slide: 'Opening Slide', field: 'id' });
  });

  it('names a slide without an id by its place', () => {
    const outline = mutableFixture();
    outline.slides[1].id = '';
    expect(validateOutline(outline)[0]).toMatchObject({ slide: 'deck position 2', field: 'id' });
  });

  it('reports a stack with no slides below its head', () => {
    const outline = mutableFixture();
    outline.slides[4].measures = [];
    expect(validateOutline(outline)).toEqual([
      { slide: 'pillar-2', field: 'measures', message: 'the stack has no slides below its head' },
    ]);
  });

  it('names a pillar without measures or quotation instead of crashing', () => {
    const outline = mutableFixture();
    delete outline.slides[3].measures;
    delete outline.slides[4].quotation;
    const issues = validateOutline(outline);
    expect(issues).toContainEqual({ slide: 'pillar-1', field: 'measures', message: 'the stack has no slides below its head' });
    expect(issues).toContainEqual({ slide: 'pillar-2', field: 'quotation', message: 'the pillar has no quotation' });
    expect(() => assertValidOutline(outline, fixtureSpeech, 'slides/outline.ts')).toThrowError(OutlineError);
  });

  it('names a list field that is not a list', () => {
    const outline = mutableFixture();
    outline.slides[1].statements = '现汇报如下';
    outline.slides[3].measures[0].points = undefined;
    const issues = validateOutline(outline).map((i) => `${i.slide}:${i.field}`);
    expect(issues).toEqual(['opening:statements', 'pillar-1-1:points']);
  });

  it('reports missing notes', () => {
    const outline = mutableFixture();
    delete outline.slides[3].measures[0].notes;
    outline.slides[5].notes = '';
    const issues = validateOutline(outline);
    expect(issues.map((i) => `${i.slide}:${i.field}`)).toEqual(['pillar-1-1:notes', 'closing:notes']);
  });

  it('reports a measure without key phrases and an unknown kind', () => {
    const outline = mutableFixture();
    outline.slides[3].measures[0].points = [];
    outline.slides[1].kind = 'video';
    const issues = validateOutline(outline);
    expect(issues).toContainEqual({ slide: 'opening', field: 'kind', message: 'unknown slide kind "video"' });
    expect(issues).toContainEqual({ slide: 'pillar-1-1', field: 'points', message: 'the measure lists no key phrases' });
  });

  it('fails the build with a message naming file, slide and field', () => {
    const outline = mutableFixture();
    outline.slides[3].measures[1].title = '';
    expect(() => assertValidOutline(outline, fixtureSpeech, 'slides/outline.ts')).toThrowError(OutlineError);
    expect(() => assertValidOutline(outline, fixtureSpeech, 'slides/outline.ts')).toThrowError(
      'slides/outline.ts › slide "pillar-1-2" › title: text is empty',
    );
  });
});
