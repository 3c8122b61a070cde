/**
 * One test per rule the build enforces on slides/outline.ts and the fill-in values file: each
 * breaks the fixture in one way and expects exactly that rule's messages, as the build prints
 * them — file › slide "id" › field: message (a fill-in's or the outline's own fields have no slide).
 */
import { describe, expect, it } from 'vitest';
import { assertValidOutline } from './check.ts';
import { OutlineError } from './issues.ts';
import { deckModel } from './model.ts';
import { fixtureSpeech, mutableFixture } from './test-fixture.ts';

const OUTLINE = 'slides/outline.ts';
const VALUES = 'slides/fill-ins.ts';

/** The lines an OutlineError lists, without their bullet. */
function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OutlineError);
    return (error as Error).message.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''));
  }
  throw new Error('no OutlineError was thrown');
}

/** The problems the build reports for the fixture outline broken by `change`. */
function outlineProblems(change: (outline: any) => void): string[] {
  const outline = mutableFixture();
  change(outline);
  return problems(() => assertValidOutline(outline, fixtureSpeech, OUTLINE));
}

const startsWith = (prefix: string) => expect.stringMatching(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

// rule, how to break it, what the build says
const OUTLINE_RULES: [string, (outline: any) => void, string[]][] = [
  // validate.ts: the outline's shape
  ['lang is a language tag', (o) => (o.lang = 'zh CN'), [`${OUTLINE} › lang: "zh CN" is not a language tag such as zh-CN`]],
  ['the outline has slides', (o) => (o.slides = []), [`${OUTLINE} › slides: the outline has no slides`]],
  ['every entry is a slide', (o) => (o.slides[3].measures[1] = null), [`${OUTLINE} › slides[3].measures[1]: null is not a slide: write { kind, id, … }`]],
  ['a pillar stack has measures', (o) => (o.slides[4].measures = []), [`${OUTLINE} › slide "pillar-2" › measures: the stack has no slides below its head`]],
  ['a slide kind is known', (o) => (o.slides[2].kind = 'video'), [`${OUTLINE} › slide "overview" › kind: unknown slide kind "video"`]],
  ['a slide has an id', (o) => (o.slides[2].id = ' '), [`${OUTLINE} › slide "deck position 3" › id: the slide has no id`]],
  ['an id is a readable deep link', (o) => (o.slides[2].id = 'Over_view'), [`${OUTLINE} › slide "Over_view" › id: id "Over_view" must be lowercase letters, digits and single dashes`]],
  ['an id is used once', (o) => (o.slides[5].id = 'cover'), [`${OUTLINE} › slide "cover" › id: id "cover" is used by more than one slide`]],
  ['a measure lists key phrases', (o) => (o.slides[3].measures[0].points = []), [`${OUTLINE} › slide "pillar-1-1" › points: the measure lists no key phrases`]],
  ['a pillar has a quotation', (o) => delete o.slides[4].quotation, [`${OUTLINE} › slide "pillar-2" › quotation: the pillar has no quotation`]],
  ['statements are a list', (o) => (o.slides[1].statements = '现汇报如下'), [`${OUTLINE} › slide "opening" › statements: statements must be a list`]],
  ['visible text is not empty', (o) => (o.slides[3].quotation.attribution = ''), [`${OUTLINE} › slide "pillar-1" › quotation.attribution: text is empty`]],
  [
    'visible text has no invisible character',
    (o) => (o.slides[0].speaker = '同志们\u200b'),
    [`${OUTLINE} › slide "cover" › speaker: text has an invisible character, U+200B (a zero-width character), at character 4: delete it`],
  ],
  ['a speech slide has notes', (o) => delete o.slides[4].measures[0].notes, [`${OUTLINE} › slide "pillar-2-1" › notes: notes are missing: every speech slide carries its sentences of the speech`]],
  [
    'notes have no invisible character',
    (o) => (o.slides[0].notes = '题目\n同志们：\u0000'),
    [`${OUTLINE} › slide "cover" › notes: notes has an invisible character, U+0000 (a control character), at line 2, character 5: delete it`],
  ],

  // fill-in-checks.ts: declarations and references
  ['fillIns is a map', (o) => (o.fillIns = []), [`${OUTLINE} › fillIns: fillIns must map each fill-in id to { kind, description, blank }`]],
  [
    'a fill-in id is an ASCII name',
    (o) => {
      o.fillIns = { Place: o.fillIns.place, households: o.fillIns.households };
      o.slides[1].statements[0] = '美丽新{Place}';
      o.slides[1].notes = '开场白，美丽新{Place}。现汇报如下：';
    },
    [`${OUTLINE} › fillIns.Place: fill-in id "Place" must be ASCII letters and digits, starting with a lowercase letter`],
  ],
  ['a declaration is an object', (o) => (o.fillIns.place = '地名'), [`${OUTLINE} › fillIns.place: must be { kind, description, blank }`]],
  ['a fill-in kind is known', (o) => (o.fillIns.place.kind = 'city'), [`${OUTLINE} › fillIns.place.kind: unknown kind "city" (one of name, count, amount, month, decimal, text)`]],
  ['a description says what belongs in the blank', (o) => (o.fillIns.households.description = ''), [`${OUTLINE} › fillIns.households.description: say in Chinese what belongs in the blank`]],
  [
    'a description shows no markup',
    (o) => (o.fillIns.place.description = '<b>地名</b>'),
    [`${OUTLINE} › fillIns.place.description: must not show asterisks, markup or braces: it is read where the blank stands`],
  ],
  [
    'a description has no invisible character',
    (o) => (o.fillIns.place.description = '\u202e地名'),
    [`${OUTLINE} › fillIns.place.description: has an invisible character, U+202E (a bidirectional control, which reorders the text around it), at character 1: delete it: it is read where the blank stands`],
  ],
  ['a blank is the source’s asterisks', (o) => (o.fillIns.place.blank = '某某'), [`${OUTLINE} › fillIns.place.blank: "某某" is not the source's asterisks (*, **, *.*, …)`]],
  [
    'a declared fill-in is used',
    (o) => (o.fillIns.month = { kind: 'month', description: '月份', blank: '*' }),
    [`${OUTLINE} › fillIns.month: is declared but no notes use it: each fill-in stands for a blank of the speech`],
  ],
  [
    'one fill-in for several blanks says why',
    (o) => (o.slides[5].notes = '发言完毕，{place}谢谢大家！'),
    [`${OUTLINE} › fillIns.place.sameBecause: occurs 2 times: say why these blanks are one fill-in`],
  ],
  ['a {fill-in} is declared', (o) => (o.slides[3].measures[1].points = ['甲二做法{nowhere}']), [`${OUTLINE} › slide "pillar-1-2" › points[0]: {nowhere} names no fill-in declared in fillIns`]],
  [
    'no raw asterisks',
    (o) => (o.slides[1].statements[0] = '美丽新**'),
    [`${OUTLINE} › slide "opening" › statements[0]: shows raw asterisks: write the blank as a fill-in, {id}, declared in fillIns`],
  ],
  ['no stray brace', (o) => (o.slides[5].text = '发言完毕}'), [`${OUTLINE} › slide "closing" › text: has a brace that is not part of a {fill-in}`]],

  // fidelity.ts: held to the speech
  [
    'visible text is quoted verbatim',
    (o) => (o.slides[4].pledge = '在乙上走在前列、作表率'),
    [`${OUTLINE} › slide "pillar-2" › pledge: "在乙上走在前列、作表率" is not quoted verbatim from the speech (it departs from the speech after "在乙上走在前")`],
  ],
  [
    'the notes reproduce the speech',
    (o) => (o.slides[3].measures[1].notes = '二是甲二。甲二作法。'),
    [startsWith(`${OUTLINE} › slide "pillar-1-2" › notes: the notes differ from the speech at character `)],
  ],
  [
    'each blank of the speech is one fill-in, and each fill-in stands on one',
    (o) => {
      o.fillIns = {
        first: { kind: 'name', description: '地名前半', blank: '*' },
        second: { kind: 'name', description: '地名后半', blank: '*' },
        households: o.fillIns.households,
      };
      o.slides[1].statements[0] = '美丽新{first}{second}';
      o.slides[1].notes = '开场白，美丽新{first}{second}。现汇报如下：';
    },
    [
      `${OUTLINE} › slide "opening" › notes: the speech's blank "**" at line 4, column 8 is not written as one fill-in`,
      `${OUTLINE} › slide "opening" › notes: {first} matches no blank of the speech (it stands at line 4, column 8)`,
      `${OUTLINE} › slide "opening" › notes: {second} matches no blank of the speech (it stands at line 4, column 9)`,
    ],
  ],
];

describe('a broken outline fails the build, naming file, slide and field', () => {
  it.each(OUTLINE_RULES)('%s', (_rule, change, expected) => {
    expect(outlineProblems(change)).toEqual(expected);
  });
});

describe('a broken values file fails the build, naming the file and the fill-in', () => {
  /** Every kind of fill-in, declared beside the fixture's, so each kind's rule can be broken. */
  const outline = mutableFixture();
  Object.assign(outline.fillIns, {
    count: { kind: 'count', description: '个数', blank: '**' },
    amount: { kind: 'amount', description: '金额', blank: '***' },
    month: { kind: 'month', description: '月份', blank: '*' },
    text: { kind: 'text', description: '篇目', blank: '**' },
  });
  const valueProblems = (values: unknown) => problems(() => deckModel(outline, fixtureSpeech, values as never, VALUES));

  it.each([
    ['values is a map', ['宁夏'], `${VALUES} › values: must map fill-in ids to values, e.g. { city: "…" }`],
    ['a value names a declared fill-in', { city: '宁夏' }, `${VALUES} › city: no fill-in "city" is declared (known: place, households, count, amount, month, text)`],
    ['a name is short text on one line', { place: '宁夏\n银川' }, `${VALUES} › place: 地名: expected non-empty text of at most 20 characters, on one line, without markup, braces, asterisks or invisible characters; got "宁夏\\n银川"`],
    ['a text is short text without markup', { text: '<b>篇</b>' }, `${VALUES} › text: 篇目: expected non-empty text of at most 40 characters, on one line, without markup, braces, asterisks or invisible characters; got "<b>篇</b>"`],
    ['a count is a whole number', { count: '12个' }, `${VALUES} › count: 个数: expected a whole number written in digits, like the source's ** (e.g. 12); got "12个"`],
    ['an amount has the blank’s shape', { amount: 3.5 }, `${VALUES} › amount: 金额: expected a whole number written in digits, like the source's *** (e.g. 12); got 3.5`],
    ['a month is 1 to 12', { month: 13 }, `${VALUES} › month: 月份: expected a month from 1 to 12, written in digits; got 13`],
    [
      'a decimal has the blank’s places',
      { households: '3' },
      `${VALUES} › households: 户数（万户）: expected a number with exactly 1 decimal place, like the source's *.* (e.g. 3.5; write it as a string to keep trailing zeros); got "3"`,
    ],
  ])('%s', (_rule, values, expected) => {
    expect(valueProblems(values)).toEqual([expected]);
  });
});
