import { describe, expect, it } from 'vitest';
import { model as committedModel } from '../../../e2e/content.ts';
import { gapText } from '../../outline/fill-ins.ts';
import { fixtureModel } from '../../outline/test-fixture.ts';
import { phrases, type Segmenter } from '../../render/phrases.ts';
import { wordSegmenter } from '../../render/word-segmenter.ts';
import { slidePhrases } from './slide-phrases.ts';

const everyCharacter: Segmenter = (text) => [...text];
const joined = (cut: readonly (readonly string[])[]) => cut.map((phrase) => phrase.join(''));

describe('slide text cut into phrases for the PowerPoint file', () => {
  it('are src/render/phrases.ts’s phrases of the text', () => {
    const text = '市场监管局在主题教育专题座谈会上的发言材料';
    expect(joined(slidePhrases(committedModel, text, wordSegmenter()))).toEqual(phrases(text, wordSegmenter(), committedModel.unbreakableTerms));
  });

  it('glue a fill-in to the words on both sides, open or filled', () => {
    const open = fixtureModel();
    const gap = gapText(open.fillIns.get('place')!.blank);
    expect(joined(slidePhrases(open, '美丽新{place}乡村振兴', everyCharacter))).toEqual(['美', `丽新${gap}乡`, '村', '振兴']);
    const filled = fixtureModel({ place: '南城' });
    expect(joined(slidePhrases(filled, '美丽新{place}乡村振兴', everyCharacter))).toEqual(['美', '丽新南城乡', '村', '振兴']);
  });

  it('give a term too long for a line its words as pieces, to part only where it cannot fit', () => {
    const term = '习近平新时代中国特色社会主义思想';
    const cut = slidePhrases(committedModel, `坚持以${term}为指导`, wordSegmenter());
    expect(cut.find((phrase) => phrase.join('').includes(term))).toEqual(['习近平', '新时代', '中国特色社会主义', '思想']);
  });
});
