import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckText } from '../../vite/fonts/deck-text.ts';
import { uncoveredCharacters } from '../../vite/fonts/plugin.ts';
import { loadDeck } from '../../outline/load-deck.ts';
import { partsText } from '../../outline/fill-ins.ts';
import { textParts } from '../../outline/model.ts';
import { fixtureModel, mutableFixture } from '../../outline/test-fixture.ts';
import { deckOrder } from '../../outline/walk.ts';
import { renderHandout } from './handout.ts';
import { renderScript } from './script.ts';
import { withoutPhraseSpans } from '../../render/markup-structure.ts';

/** The elements' text in document order, tags aside. */
const textOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '');

describe('the reading copy (renderScript)', async () => {
  // Checked as markup of the text, whichever way the text is cut into phrases.
  const html = await withoutPhraseSpans(renderScript(fixtureModel(), './assets/deck.css', ''));

  it('sets the title, the speaker beneath it and the salutation flush left', () => {
    expect(html).toContain('<h1 class="script__title"><span class="cue" aria-hidden="true">1/9</span>题目</h1>');
    expect(html).toContain('<p class="script__speaker">同志们</p><p class="script__salutation">同志们：</p>');
  });

  it("makes a pillar's opening sentence its heading and sets a measure's lead bold", () => {
    expect(html).toContain('<h2 class="script__heading"><span class="cue" aria-hidden="true">4/9</span>坚持甲为先，在甲上走在前、作表率。</h2><p>总书记指出');
    expect(html).toContain('<p><span class="cue" aria-hidden="true">5/9</span><strong>一是甲一。</strong>甲一做法。</p>');
  });

  it('gives every slide one cue, in deck order, the overview on a line of its own', () => {
    const cues = [...html.matchAll(/<span class="cue" aria-hidden="true">([^<]*)<\/span>/g)].map((m) => m[1]);
    // Each the number the audience sees on that slide (reveal.js's c/t).
    expect(cues).toEqual(['1/9', '2/9', '3/9', '4/9', '5/9', '6/9', '7/9', '8/9', '9/9']);
    expect(html).toContain('<div class="script__cue-line"><span class="cue" aria-hidden="true">3/9</span></div>');
  });

  it('carries the notes of every slide, in deck order, each blank as its gap, the speaker after the title', () => {
    const model = fixtureModel();
    const notes = deckOrder(model.outline).map((s) => partsText(textParts(model, ('notes' in s ? s.notes : '').replace(/\n/g, ''))));
    const body = html.slice(html.indexOf('<main')).replace(/<span class="cue"[^>]*>[^<]*<\/span>/g, '');
    expect(textOf(body)).toBe(notes.join('').replace('题目', '题目同志们'));
    expect(textOf(body)).toContain('开场白，美丽新\u3000\u3000。');
  });

  it('escapes outline text', () => {
    const outline = mutableFixture();
    outline.slides[4].measures[0].notes = '一是甲一。<script>alert(1)</script>';
    const attacked = renderScript(fixtureModel({}, outline), './a.css', '');
    expect(attacked).not.toContain('<script>');
    expect(attacked).toContain('&lt;script&gt;');
  });
});

describe('the handout (renderHandout)', async () => {
  const raw = renderHandout(fixtureModel({ place: '某地' }), './assets/deck.css', '');
  const html = await withoutPhraseSpans(raw);

  it('sets each slide, as the deck renders it, above its notes, in deck order', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(deckOrder(fixtureModel().outline).map((s) => s.id));
    const opening = html.slice(html.indexOf('<section id="opening"'));
    expect(opening.indexOf('<div class="handout__notes"><p>开场白，美丽')).toBeGreaterThan(opening.indexOf('</section>'));
    expect(opening).toContain('data-fill-in="place">某地</span>');
  });

  it('links the deck stylesheet and switches off reveal.js paper styles', () => {
    expect(raw).toContain('<link rel="stylesheet" href="./assets/deck.css">');
    expect(raw).toMatch(/^<!doctype html>\n<html lang="zh-CN" class="print-pdf"/);
  });
});

describe('fonts', () => {
  it('the subset fonts cover every character of the handout and the reading copy', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const [model, text] = await Promise.all([loadDeck(root), deckText(root)]);
    const css = await readFile(resolve(root, 'src/theme/paper/paper.css'), 'utf8');
    const pages = [renderScript(model, '', css), renderHandout(model, '', css)];
    for (const page of pages) expect(uncoveredCharacters(page, text.characters)).toBe('');
  });
});
