import { Window } from 'happy-dom';
import { markupStructure } from '../../render/markup-structure.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_WORDS, hostileModel, plainModel, shown } from '../../outline/hostile-fixture.ts';
import type { DeckModel } from '../../outline/model.ts';
import { shownTexts } from '../../outline/shown-texts.ts';
import { deckOrder, notesOf, notesParagraphs } from '../../outline/walk.ts';
import { renderHandout } from './handout.ts';
import { renderScript } from './script.ts';

const window = new Window();
afterAll(() => window.happyDOM.close());
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html');
const structure = markupStructure;

const handout = (model: DeckModel) => parse(renderHandout(model, './assets/deck.css', ''));
const script = (model: DeckModel) => parse(renderScript(model, './assets/deck.css', ''));

describe('hostile text in the printed handout', () => {
  const model = hostileModel();
  const doc = handout(model);

  it('creates no element: the handout has the plain deck’s structure exactly', () => {
    expect(structure(doc)).toEqual(structure(handout(plainModel())));
    expect(doc.querySelectorAll('script, img, textarea, a[href^="javascript"]')).toHaveLength(0);
  });

  it('sets each slide’s text and notes exactly, in deck order', () => {
    const articles = [...doc.querySelectorAll('article.handout__slide')];
    const slides = deckOrder(model.outline);
    expect(articles).toHaveLength(slides.length);
    slides.forEach((slide, i) => {
      const article = articles[i]!;
      expect(article.querySelector('.frame')?.textContent, slide.id).toBe(shownTexts(model.outline, slide).map((t) => shown(model, t.text)).join(''));
      const notes = [...article.querySelectorAll('.handout__notes > p')].map((p) => p.textContent);
      expect(notes, slide.id).toEqual(notesParagraphs(notesOf(slide) ?? '').map((line) => shown(model, line)));
    });
    expect(doc.title).toBe(HOSTILE_WORDS['题目']);
  });
});

describe('hostile text in the reading copy', () => {
  const model = hostileModel();
  const doc = script(model);

  it('creates no element: the reading copy has the plain deck’s structure exactly', () => {
    expect(structure(doc)).toEqual(structure(script(plainModel())));
    expect(doc.querySelectorAll('script, img, textarea, a[href^="javascript"]')).toHaveLength(0);
  });

  it('carries the whole speech exactly, the speaker after the title, headings and leads cut from it', () => {
    // The cues taken out of a copy: the other test reads the document as rendered.
    const main = doc.querySelector('main')!.cloneNode(true) as unknown as NonNullable<ReturnType<typeof doc.querySelector>>;
    for (const cue of main.querySelectorAll('.cue')) cue.remove();
    const slides = deckOrder(model.outline);
    const cover = slides.find((s) => s.kind === 'cover')!;
    const [title, speaker] = shownTexts(model.outline, cover).map((t) => shown(model, t.text));
    const speech = slides.flatMap((slide) => notesParagraphs(notesOf(slide) ?? '').map((line) => shown(model, line))).join('');
    expect(main.textContent).toBe(speech.replace(title!, `${title}${speaker}`));
    expect(main.querySelector('h1')?.textContent).toBe(HOSTILE_WORDS['题目']);
    expect([...main.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(
      slides.filter((s) => s.kind === 'pillar').map((s) => `${shown(model, s.heading)}，${shown(model, s.pledge)}。`),
    );
  });
});
