import type { FillInValues } from './fill-ins.ts';
import { deckModel, type DeckModel } from './model.ts';
import type { Outline } from './types.ts';

/** A tiny speech of the real one's shape (two anonymised blanks included), and an outline that passes every check against it. */
export const fixtureSpeech = [
  '题目',
  '',
  '同志们：',
  '开场白，美丽新**。现汇报如下：',
  '坚持甲为先，在甲上走在前、作表率。总书记指出，“甲甲”。全市如此。一是甲一。甲一做法。二是甲二。甲二做法。',
  '坚持乙为要，在乙上走在前、作表率。乙乙。一是乙一。乙一做法*.*万户。',
  '发言完毕，谢谢大家！',
  '',
].join('\n');

export function fixtureOutline(): Outline {
  return {
    lang: 'zh-CN',
    structuralLabels: ['一', '二', '目录'],
    fillIns: {
      place: { kind: 'name', description: '地名', blank: '**' },
      households: { kind: 'decimal', description: '户数（万户）', blank: '*.*' },
    },
    slides: [
      { kind: 'cover', id: 'cover', title: '题目', speaker: '同志们', notes: '题目\n同志们：' },
      {
        kind: 'opening',
        id: 'opening',
        lead: '开场白',
        statements: ['美丽新{place}', '现汇报如下'],
        notes: '开场白，美丽新{place}。现汇报如下：',
      },
      { kind: 'overview', id: 'overview', heading: '目录' },
      {
        kind: 'pillar',
        id: 'pillar-1',
        ordinal: '一',
        heading: '坚持甲为先',
        pledge: '在甲上走在前、作表率',
        quotation: { attribution: '总书记指出', text: '“甲甲”' },
        notes: '坚持甲为先，在甲上走在前、作表率。总书记指出，“甲甲”。全市如此。',
        measures: [
          { kind: 'measure', id: 'pillar-1-1', label: '一是', title: '甲一', points: ['甲一做法'], notes: '一是甲一。甲一做法。' },
          { kind: 'measure', id: 'pillar-1-2', label: '二是', title: '甲二', points: ['甲二做法'], notes: '二是甲二。甲二做法。' },
        ],
      },
      {
        kind: 'pillar',
        id: 'pillar-2',
        ordinal: '二',
        heading: '坚持乙为要',
        pledge: '在乙上走在前、作表率',
        quotation: { text: '乙乙' },
        notes: '坚持乙为要，在乙上走在前、作表率。乙乙。',
        measures: [
          {
            kind: 'measure',
            id: 'pillar-2-1',
            label: '一是',
            title: '乙一',
            points: ['乙一做法{households}万户'],
            notes: '一是乙一。乙一做法{households}万户。',
          },
        ],
      },
      { kind: 'closing', id: 'closing', text: '发言完毕，谢谢大家！', notes: '发言完毕，谢谢大家！' },
    ],
  };
}

/** A deep, mutable copy of the fixture for tests that break it on purpose. */
export function mutableFixture(): any {
  return structuredClone(fixtureOutline());
}

/** The fixture as a deck model, with the given fill-in values (none by default). */
export function fixtureModel(values: FillInValues = {}, outline: Outline = fixtureOutline()): DeckModel {
  return deckModel(outline, fixtureSpeech, values, 'slides/fill-ins.ts');
}
