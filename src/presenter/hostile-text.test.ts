// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { markupStructure } from '../render/markup-structure.ts';
import type { RevealApi } from 'reveal.js';
import { describe, expect, it } from 'vitest';
import { DeckContent } from '../shared/deck-content.ts';
import { PacingPlan } from '../shared/pacing-plan.ts';
import { HOSTILE_WORDS, hostileModel, plainModel, shown } from '../outline/hostile-fixture.ts';
import type { DeckModel } from '../outline/model.ts';
import { pillarOf, shownTexts } from '../outline/shown-texts.ts';
import { deckOrder, notesOf, notesParagraphs } from '../outline/walk.ts';
import { deckTitle } from '../outline/slide-model.ts';
import { renderSlides } from '../render/deck.ts';
import { pageModelScript } from '../render/page-model-script.ts';
import { strings } from '../strings.ts';
import { SpeakerView, TalkClock } from './speaker-view.ts';

/** The deck's slides in this test's document, and a deck API over them that a test moves by hand. */
function deckOf(model: DeckModel) {
  document.title = deckTitle(model);
  // The page as the build renders it (what the speaker view and cue script read): the model's HTML.
  document.body.innerHTML = `<div class="reveal"><div class="slides">${renderSlides(model)}</div></div>${pageModelScript(model)}`;
  const slides = [...document.querySelectorAll<HTMLElement>('.slides section:not(.stack)')];
  let current = slides[0]!;
  const deck = {
    getSlides: () => slides,
    getCurrentSlide: () => current,
    getIndices: (slide: HTMLElement) => ({ h: slides.indexOf(slide), v: 0 }),
    on: () => {},
    off: () => {},
    isOverview: () => false,
    slide: () => {},
    next: () => {},
    prev: () => {},
  } as unknown as RevealApi;
  return { deck, slides, show: (slide: HTMLElement) => void (current = slide) };
}

/** Elements as tag and attribute names: what text would add if it became markup. */
const structure = markupStructure;

/** What the speaker window shows on each slide: its title, the notes, the part, the preview, the cue script. */
function speakerWindow(model: DeckModel) {
  const { deck, slides, show } = deckOf(model);
  const win = new Window();
  const content = new DeckContent(deck);
  const view = new SpeakerView(win as unknown as globalThis.Window, deck, content, new PacingPlan(content, ''), new TalkClock(deck));
  const doc = win.document;
  const seen = slides.map((slide) => {
    show(slide);
    view.update();
    const notes = doc.querySelector('.speaker__notes')!;
    return {
      notes: [...notes.children].map((p) => p.textContent),
      notesStructure: structure(notes as unknown as Element),
      part: doc.querySelector('.speaker__part')!.textContent,
      preview: doc.querySelector('.speaker__preview--current .frame')?.textContent,
    };
  });
  const cueParts = [...doc.querySelectorAll('.cue-script__part')].map((part) => [...part.querySelectorAll('p')].map((p) => p.textContent));
  const result = { title: doc.title, seen, cueParts, structure: structure(doc.body as unknown as Element) };
  view.detach();
  void win.happyDOM.close();
  return result;
}

describe('hostile text in the speaker view and the cue script', () => {
  const model = hostileModel();
  const slides = deckOrder(model.outline);
  const hostile = speakerWindow(model);
  const notesOfSlide = (slide: (typeof slides)[number]) => notesParagraphs(notesOf(slide) ?? '').map((line) => shown(model, line));

  it('creates no element: the speaker window has the plain deck’s structure on every slide', () => {
    const plain = speakerWindow(plainModel());
    expect(hostile.structure).toEqual(plain.structure);
    expect(hostile.seen.map((s) => s.notesStructure)).toEqual(plain.seen.map((s) => s.notesStructure));
  });

  it('shows each slide’s notes, part and preview exactly', () => {
    slides.forEach((slide, i) => {
      const seen = hostile.seen[i]!;
      expect(seen.notes, slide.id).toEqual(slide.kind === 'overview' ? [strings.noNotes] : notesOfSlide(slide));
      const pillar = slide.kind === 'pillar' ? slide : slide.kind === 'measure' ? pillarOf(model.outline, slide.id) : undefined;
      expect(seen.part, slide.id).toBe(pillar ? shown(model, pillar.heading) : '');
      expect(seen.preview, slide.id).toBe(shownTexts(model.outline, slide).map((t) => shown(model, t.text)).join(''));
    });
  });

  it('carries every slide’s notes in the cue script, in deck order', () => {
    expect(hostile.cueParts).toEqual(slides.map((slide) => (slide.kind === 'overview' ? [strings.noNotes] : notesOfSlide(slide))));
  });

  it('titles the window with the deck’s title as text', () => {
    expect(hostile.title).toBe(strings.speakerViewTitle(HOSTILE_WORDS['题目']!));
  });
});
