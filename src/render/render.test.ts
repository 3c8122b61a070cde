import { describe, expect, it } from 'vitest';
import { fixtureOutline, mutableFixture } from '../outline/test-fixture.ts';
import { renderSlides } from './deck.ts';
import { escapeHtml } from './escape.ts';

describe('escaping', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('shows outline text with <script> and onerror literally in every field kind', () => {
    const outline = mutableFixture();
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    outline.slides[0].title = attack;
    outline.slides[1].statements = [attack];
    outline.slides[3].heading = attack;
    outline.slides[3].quotation.text = attack;
    outline.slides[3].measures[0].points = [attack];
    outline.slides[5].notes = attack;
    const html = renderSlides(outline);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    // 9 places: the pillar heading also shows in the overview and in both measures' running heads.
    expect(html.split('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;').length - 1).toBe(9);
  });
});

describe('renderSlides', () => {
  const html = renderSlides(fixtureOutline());

  it('gives every slide its id for #/<id> deep links', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['cover', 'opening', 'overview', 'pillar-1', 'pillar-1-1', 'pillar-1-2', 'pillar-2', 'pillar-2-1', 'closing']);
  });

  it('nests each pillar as a vertical stack', () => {
    expect(html).toMatch(/<section class="stack" data-stack="pillar-1"><section id="pillar-1"/);
  });

  it('links the overview to each stack', () => {
    expect(html).toContain('href="#/pillar-1"');
    expect(html).toContain('href="#/pillar-2"');
  });

  it('renders notes as paragraphs, one per line', () => {
    expect(html).toContain('<aside class="notes"><p>题目</p><p>同志们：</p></aside>');
  });

  it('omits the attribution when a quotation has none', () => {
    const pillar2 = html.slice(html.indexOf('id="pillar-2"'));
    expect(pillar2.slice(0, pillar2.indexOf('</figure>'))).not.toContain('figcaption');
  });
});
