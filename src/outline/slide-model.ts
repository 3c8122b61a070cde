import { partsText } from './fill-ins.ts';
import { slideNotesShown, textParts, type DeckModel } from './model.ts';
import { DEFAULT_RATE, planAtRate, spokenLength } from './pacing.ts';
import { shownTexts } from './shown-texts.ts';
import type { PillarStack, Slide } from './types.ts';
import { deckOrder, notesOf, notesParagraphs, pillarHead, visibleTexts } from './walk.ts';

/**
 * The deck's slides as every output sees them, built once from the deck model: what a slide is
 * called, where it stands, what it shows and what is read on it. The page, the browser's
 * controllers (through the JSON the page carries), the PDFs and the PowerPoint file read these
 * facts here and derive none of them again.
 */
export interface SlideFacts {
  id: string;
  /** Position in deck order, from 0. */
  index: number;
  /** The number the audience sees: current / total. */
  number: { current: number; total: number };
  kind: Slide['kind'];
  /** The pillar the slide belongs to (its head or one of its measures), by id and shown heading. */
  pillar: { id: string; heading: string } | null;
  /** The slide's headline as shown: a title, heading or text, fill-ins as shown. */
  title: string;
  /**
   * Everything the slide shows, in reading order (src/outline/shown-texts.ts: its own fields, the
   * overview's entries, a measure's running head), fill-ins as shown (values, or a blank's gap).
   */
  shown: { field: string; text: string }[];
  /** The notes' paragraphs, fill-ins as shown; none for a slide without notes. */
  notes: string[];
  /** Characters read aloud on this slide (pacing's unit). */
  spoken: number;
  /** Planned seconds at the deck's default rate; the browser plans again at another rate. */
  seconds: number;
  /** The fill-ins this slide shows or reads, by id, in order of first use. */
  fillIns: string[];
}

const shownText = (model: DeckModel, text: string) => partsText(textParts(model, text));

/** The field each kind shows largest: its headline. */
function headlineField(slide: Slide): string {
  switch (slide.kind) {
    case 'cover':
    case 'measure':
      return slide.title;
    case 'pillar':
    case 'overview':
      return slide.heading;
    case 'opening':
      return slide.lead;
    case 'closing':
      return slide.text;
  }
}

/** The facts of every slide, in deck order. */
export function slideFacts(model: DeckModel): SlideFacts[] {
  const order = deckOrder(model.outline);
  const pillarOf = new Map<string, { id: string; heading: string }>();
  for (const stack of model.outline.slides.filter((s): s is PillarStack => s.kind === 'pillar')) {
    const pillar = { id: stack.id, heading: shownText(model, pillarHead(stack).heading) };
    for (const slide of [stack, ...stack.measures]) pillarOf.set(slide.id, pillar);
  }
  const spoken = order.map((slide) => spokenLength(slideNotesShown(model, slide)));
  const seconds = planAtRate(spoken, DEFAULT_RATE);
  return order.map((slide, index) => {
    const notes = notesOf(slide) ?? '';
    const texts = [...visibleTexts(slide).map((v) => v.text), notes];
    return {
      id: slide.id,
      index,
      number: { current: index + 1, total: order.length },
      kind: slide.kind,
      pillar: pillarOf.get(slide.id) ?? null,
      title: shownText(model, headlineField(slide)),
      shown: shownTexts(model.outline, slide).map(({ field, text }) => ({ field, text: shownText(model, text) })),
      notes: notesParagraphs(notes).map((paragraph) => shownText(model, paragraph)),
      spoken: spoken[index]!,
      seconds: seconds[index]!,
      fillIns: [...new Set(texts.flatMap((text) => textParts(model, text).flatMap((part) => ('fillIn' in part ? [part.fillIn.id] : []))))],
    };
  });
}

/** A slide's number as reveal.js shows it on screen (slideNumber 'c/t', src/deck/reveal-config.ts): "3/20". */
export const onScreenNumber = (facts: SlideFacts): string => `${facts.number.current}/${facts.number.total}`;

/** The speech's title (the cover's), as shown: the page's, the PDFs' and the PowerPoint file's title. */
export function deckTitle(model: DeckModel): string {
  const cover = model.outline.slides.find((s) => s.kind === 'cover');
  return cover?.kind === 'cover' ? shownText(model, cover.title) : '';
}

/** Who speaks, as the cover names them: the documents' author. */
export function deckSpeaker(model: DeckModel): string {
  const cover = model.outline.slides.find((s) => s.kind === 'cover');
  return cover?.kind === 'cover' ? shownText(model, cover.speaker) : '';
}
