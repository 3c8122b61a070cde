// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shownText, slideShownFirst } from './first-slide.ts';

describe('the slide reveal.js shows first, before it starts', () => {
  const slides = document.createElement('div');
  slides.innerHTML =
    '<section id="cover"><div class="frame">题目</div><aside class="notes">讲稿</aside></section>' +
    '<section id="opening"><div class="frame">开场</div></section>' +
    '<section class="stack"><section id="pillar-1"><div class="frame">一</div></section><section id="pillar-1-1"><div class="frame">一之一</div></section></section>';

  it('is the first without an address, or with one that names nothing', () => {
    expect(slideShownFirst(slides, '')?.id).toBe('cover');
    expect(slideShownFirst(slides, '#/')?.id).toBe('cover');
    expect(slideShownFirst(slides, '#/no-such-slide')?.id).toBe('cover');
    expect(slideShownFirst(slides, '#/9/9')?.id).toBe('cover');
  });

  it('is the one the address names, by id or by position, a stack meaning its first slide', () => {
    expect(slideShownFirst(slides, '#/opening')?.id).toBe('opening');
    expect(slideShownFirst(slides, '#/pillar-1-1')?.id).toBe('pillar-1-1');
    expect(slideShownFirst(slides, '#/2')?.id).toBe('pillar-1');
    expect(slideShownFirst(slides, '#/2/1')?.id).toBe('pillar-1-1');
  });

  it('shows its frame’s text, not its speaker notes', () => {
    expect(shownText(slideShownFirst(slides, ''))).toBe('题目');
    expect(shownText(undefined)).toBe('');
  });
});
