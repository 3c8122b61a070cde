import { describe, expect, it } from 'vitest';
import { checkFillIns } from './fill-in-checks.ts';
import { formatIssue } from './issues.ts';
import { fixtureOutline, mutableFixture } from './test-fixture.ts';

const messages = (outline: unknown) => checkFillIns(outline as never).map((issue) => formatIssue(issue, 'slides/outline.ts'));

describe('fill-in declarations and references', () => {
  it('accept the fixture', () => {
    expect(checkFillIns(fixtureOutline())).toEqual([]);
  });

  it('name an undeclared fill-in by slide and field', () => {
    const outline = mutableFixture();
    outline.slides[3].measures[0].points = ['甲一{nowhere}'];
    expect(messages(outline)).toEqual(['slides/outline.ts › slide "pillar-1-1" › points[0]: {nowhere} names no fill-in declared in fillIns']);
  });

  it('name raw asterisks and stray braces, in visible text and notes', () => {
    const outline = mutableFixture();
    outline.slides[1].statements = ['美丽新**'];
    outline.slides[0].notes = '题目}\n同志们：';
    expect(messages(outline)).toEqual([
      'slides/outline.ts › slide "cover" › notes: has a brace that is not part of a {fill-in}',
      'slides/outline.ts › slide "opening" › statements[0]: shows raw asterisks: write the blank as a fill-in, {id}, declared in fillIns',
    ]);
  });

  it('name a malformed or unused declaration', () => {
    const outline = mutableFixture();
    outline.fillIns.place = { kind: 'city', description: ' ', blank: 'xx' };
    outline.fillIns['Bad-id'] = { kind: 'name', description: '甲**', blank: '*' };
    expect(messages(outline)).toEqual([
      'slides/outline.ts › fillIns.place.kind: unknown kind "city" (one of name, count, amount, month, decimal, text)',
      'slides/outline.ts › fillIns.place.description: say in Chinese what belongs in the blank',
      'slides/outline.ts › fillIns.place.blank: "xx" is not the source\'s asterisks (*, **, *.*, …)',
      'slides/outline.ts › fillIns.Bad-id: fill-in id "Bad-id" must be ASCII letters and digits, starting with a lowercase letter',
      'slides/outline.ts › fillIns.Bad-id.description: must not show asterisks, markup or braces: it is read where the blank stands',
      'slides/outline.ts › fillIns.Bad-id: is declared but no notes use it: each fill-in stands for a blank of the speech',
    ]);
  });

  it('ask why one fill-in stands for several blanks of the speech', () => {
    const outline = mutableFixture();
    outline.slides[5].notes = '发言完毕，{place}谢谢大家！';
    expect(messages(outline)).toEqual(['slides/outline.ts › fillIns.place.sameBecause: occurs 2 times: say why these blanks are one fill-in']);
    outline.fillIns.place.sameBecause = '同一地名';
    expect(messages(outline)).toEqual([]);
  });
});
