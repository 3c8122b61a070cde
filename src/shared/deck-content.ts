import type { RevealApi } from 'reveal.js';
import { PAGE_MODEL_ID, type PageModel, type PageSlide } from '../outline/page-model.ts';

/** One slide as the browser's controllers know it: the page model's facts, its section and its notes. */
export interface DeckSlide extends Omit<PageSlide, 'pillar'> {
  /** Position in deck order, from 0. */
  index: number;
  /** The shown heading of the pillar the slide belongs to, or null. */
  pillar: string | null;
  /** The text the slide shows (its frame's), for search. */
  shown: string;
  /** The slide's <section>: where reveal.js shows it, and what a preview copies. */
  section: HTMLElement;
  /** The notes' paragraphs as the page carries them (a <wbr> between words), to be copied, never changed. */
  notes: readonly HTMLElement[];
  /** The notes as plain text. */
  notesText: string;
  /** What the slide's open blanks stand for (searchable by their description). */
  openBlanks: string[];
}

/**
 * The deck's one reader of slide content in the browser. The page carries the slide facts as JSON
 * (src/outline/page-model.ts, built with the page), and each slide's shown text and notes in its
 * markup (its frame, its `aside.notes`); this reads them once, and the speaker view, cue script,
 * reading view, pacing, rehearsal and search take their content from here. Throws, naming what is missing, on a page built without it.
 */
export class DeckContent {
  readonly rate: number;
  readonly slides: readonly DeckSlide[];
  readonly fillIns: PageModel['fillIns'];
  private readonly bySection = new Map<Element, DeckSlide>();

  constructor(deck: RevealApi, doc: Document = document) {
    const block = doc.getElementById(PAGE_MODEL_ID);
    if (!block) throw new Error(`the page has no #${PAGE_MODEL_ID} block: build it with the deck's page plugin`);
    const page = JSON.parse(block.textContent ?? '') as PageModel;
    this.rate = page.rate;
    this.fillIns = page.fillIns;
    const sections = deck.getSlides();
    this.slides = page.slides.map((facts, index) => {
      const section = sections.find((s) => s.id === facts.id);
      if (!section) throw new Error(`slide "${facts.id}" of the page model has no <section> in the page`);
      const notes = [...section.querySelectorAll<HTMLElement>(':scope > aside.notes > p')];
      return {
        ...facts,
        index,
        pillar: facts.pillar === null ? null : page.pillars[facts.pillar]!,
        shown: section.querySelector(':scope > .frame')?.textContent ?? '',
        section,
        notes,
        notesText: notes.map((p) => p.textContent ?? '').join(''),
        openBlanks: facts.fillIns.filter((id) => page.fillIns[id]?.open).map((id) => page.fillIns[id]!.description),
      };
    });
    for (const slide of this.slides) this.bySection.set(slide.section, slide);
  }

  /** The slide shown in this section (reveal.js's current slide, say), or undefined. */
  of(section: Element | undefined): DeckSlide | undefined {
    return section ? this.bySection.get(section) : undefined;
  }
}
