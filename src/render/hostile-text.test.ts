import { readFileSync } from 'node:fs';
import { markupStructure } from './markup-structure.ts';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutline } from '../outline/check.ts';
import { HOSTILE_DESCRIPTION, HOSTILE_VALUES, HOSTILE_WORDS, hostileModel, hostileSpeech, plainModel, shown } from '../outline/hostile-fixture.ts';
import type { DeckModel } from '../outline/model.ts';
import { PAGE_MODEL_ID, pageModel } from '../outline/page-model.ts';
import { shownTexts } from '../outline/shown-texts.ts';
import { deckOrder, notesOf, notesParagraphs } from '../outline/walk.ts';
import { strings } from '../strings.ts';
import { renderPage } from './page.ts';

const window = new Window();
afterAll(() => window.happyDOM.close());
const template = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const page = (model: DeckModel) => new window.DOMParser().parseFromString(renderPage(template, model), 'text/html');

/** Every element of a document, as tag and attribute names: what text could add if it became markup. */
const structure = markupStructure;

describe('hostile text in the page (markup, links, replacement patterns)', () => {
  const model = hostileModel();
  const doc = page(model);

  it('is text a real speech could hold: the hostile deck passes every check of the build', () => {
    expect(checkOutline(model.outline, hostileSpeech)).toEqual([]);
  });

  it('creates no element and no attribute: the page has the plain deck’s structure exactly', () => {
    expect(structure(doc)).toEqual(structure(page(plainModel())));
    // The template's own: the boot script and style in <head>, the module script; in <body> the
    // page model's JSON block, which hostile text cannot end early.
    expect(doc.querySelectorAll('script')).toHaveLength(3);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.body.querySelectorAll('style, img, textarea, a[href^="javascript"]')).toHaveLength(0);
    expect([...doc.body.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual(['application/json']);
  });

  it('carries the page model as JSON that reads back exactly', () => {
    const block = doc.getElementById(PAGE_MODEL_ID)!;
    expect(JSON.parse(block.textContent ?? '')).toEqual(pageModel(model));
    expect(block.textContent).not.toContain('<');
  });

  it('shows each slide’s text exactly: the same characters, once, in order', () => {
    for (const slide of deckOrder(model.outline)) {
      const frame = doc.querySelector(`section[id="${slide.id}"] > .frame`);
      expect(frame?.textContent, slide.id).toBe(shownTexts(model.outline, slide).map((t) => shown(model, t.text)).join(''));
    }
    const body = doc.body.textContent ?? '';
    for (const word of Object.values(HOSTILE_WORDS)) expect(body, word).toContain(word);
    expect(body).toContain(HOSTILE_VALUES.place);
  });

  it('carries the notes exactly, one paragraph per line', () => {
    for (const slide of deckOrder(model.outline)) {
      const notes = doc.querySelectorAll(`section[id="${slide.id}"] > aside.notes > p`);
      const expected = notesParagraphs(notesOf(slide) ?? '').map((line) => shown(model, line));
      expect([...notes].map((p) => p.textContent), slide.id).toEqual(expected);
    }
  });

  it('titles the page with the cover’s title as text', () => {
    expect(doc.title).toBe(`${HOSTILE_WORDS['题目']}`);
    expect(doc.head.querySelectorAll('title')).toHaveLength(1);
  });

  it('names an open blank by its description exactly, in aria-label and title', () => {
    const open = page(hostileModel({}));
    const gaps = [...open.querySelectorAll('[data-fill-in="place"]')];
    expect(gaps).toHaveLength(2);
    for (const gap of gaps) {
      expect(gap.getAttribute('title')).toBe(HOSTILE_DESCRIPTION);
      expect(gap.getAttribute('aria-label')).toBe(strings.openBlank(HOSTILE_DESCRIPTION));
    }
  });
});
