import { describe, expect, it } from 'vitest';
import { speechDocument } from './speech-document.ts';
import { fixtureOutline } from './test-fixture.ts';
import { notesOf, notesParagraphs } from './walk.ts';

describe('the speech as a formal document', () => {
  const parts = speechDocument(fixtureOutline());

  it('is the notes, slide by slide: each slide’s blocks joined are its paragraphs, with the speaker line added', () => {
    for (const { slide, blocks } of parts) {
      const text = blocks.filter((b) => b.kind !== 'speaker').map((b) => (b.kind === 'paragraph' ? b.lead + b.text : b.text));
      expect(text.join(''), slide.id).toBe(notesParagraphs(notesOf(slide) ?? '').join(''));
    }
  });

  it('says what each block is: title, speaker, salutation, a pillar’s heading, a measure’s lead', () => {
    const kinds = parts.map(({ slide, blocks }) => [slide.id, blocks.map((b) => b.kind).join(' ')]);
    expect(Object.fromEntries(kinds)).toMatchObject({ cover: 'title speaker salutation', overview: '', 'pillar-1': 'heading paragraph', 'pillar-1-1': 'paragraph' });
    expect(parts[0]!.blocks[1]).toEqual({ kind: 'speaker', text: '同志们' });
    expect(parts[3]!.blocks[0]).toEqual({ kind: 'heading', text: '坚持甲为先，在甲上走在前、作表率。' });
    expect(parts[4]!.blocks[0]).toEqual({ kind: 'paragraph', lead: '一是甲一。', text: '甲一做法。' });
  });
});
