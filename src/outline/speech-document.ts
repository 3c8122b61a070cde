import type { Slide } from './types.ts';
import { deckOrder, notesOf, notesParagraphs } from './walk.ts';
import type { Outline } from './types.ts';

/**
 * The speech as a formal document (the reading copy, the Word file): the notes, in deck order,
 * as blocks that say what each paragraph is. The text is outline text (fill-ins as `{id}`), and
 * the blocks of a slide, joined, are its notes' paragraphs: nothing added but the speaker line
 * (the cover's field), nothing left out.
 */
export type SpeechBlock =
  /** The cover's title, when the notes read it first. */
  | { kind: 'title'; text: string }
  /** Who speaks, as the cover names them: set under the title. */
  | { kind: 'speaker'; text: string }
  /** The cover's other paragraphs: 尊敬的…，同志们： */
  | { kind: 'salutation'; text: string }
  /** A pillar's opening sentence (坚持学思想为先，在…作表率。): its heading. */
  | { kind: 'heading'; text: string }
  /** Body text; `lead` is the start of it set apart (a measure's 一是以上率下带头学。), '' for none. */
  | { kind: 'paragraph'; lead: string; text: string };

export interface SpeechPart {
  slide: Slide;
  /** Empty for a slide without notes (the overview). */
  blocks: SpeechBlock[];
}

/**
 * How long the lead of a slide's first notes paragraph is, 0 when it has none: a pillar's opening
 * sentence (坚持学思想为先，在…作表率。) is its heading; a measure's 一是以上率下带头学。 is its lead.
 */
function leadLength(slide: Slide, paragraph: string): number {
  const endOfSentence = (from: number) => (paragraph[from] === '。' ? from + 1 : from);
  if (slide.kind === 'pillar' && paragraph.startsWith(slide.heading)) {
    const end = paragraph.indexOf('。');
    return end === -1 ? paragraph.length : end + 1;
  }
  if (slide.kind === 'measure' && paragraph.startsWith(slide.label + slide.title)) {
    return endOfSentence(slide.label.length + slide.title.length);
  }
  return 0;
}

/** The blocks of one notes paragraph. */
function paragraphBlocks(slide: Slide, paragraph: string, first: boolean): SpeechBlock[] {
  if (slide.kind === 'cover') {
    return first && paragraph === slide.title
      ? [
          { kind: 'title', text: paragraph },
          { kind: 'speaker', text: slide.speaker },
        ]
      : [{ kind: 'salutation', text: paragraph }];
  }
  const lead = first ? leadLength(slide, paragraph) : 0;
  const [head, rest] = [paragraph.slice(0, lead), paragraph.slice(lead)];
  if (slide.kind === 'pillar' && lead > 0) {
    return [{ kind: 'heading', text: head }, ...(rest ? [{ kind: 'paragraph' as const, lead: '', text: rest }] : [])];
  }
  return [{ kind: 'paragraph', lead: head, text: rest }];
}

/** The whole speech, slide by slide in deck order, as document blocks. */
export function speechDocument(outline: Outline): SpeechPart[] {
  return deckOrder(outline).map((slide) => ({
    slide,
    blocks: notesParagraphs(notesOf(slide) ?? '').flatMap((paragraph, i) => paragraphBlocks(slide, paragraph, i === 0)),
  }));
}
