import { describe, expect, it } from 'vitest';
import { deckModel } from '../outline/model.ts';
import { fixtureModel, fixtureSpeech, mutableFixture } from '../outline/test-fixture.ts';
import { renderSlides } from './deck.ts';
import { escapeHtml } from './escape.ts';
import { htmlText, paperPhrases } from './text.ts';
import { renderPage } from './page.ts';

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
    const html = renderSlides(fixtureModel({}, outline));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    // 9 places: the pillar heading also shows in the overview and in both measures' running heads.
    // Slide text is cut into phrase spans: read it as the browser shows it, without our tags.
    const shown = html.replace(/<\/?span\b[^>]*>|<wbr>/g, '');
    expect(shown.split('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;').length - 1).toBe(9);
  });
});

describe('renderSlides', () => {
  const html = renderSlides(fixtureModel());

  it('gives every slide its id for #/<id> deep links', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['cover', 'opening', 'overview', 'pillar-1', 'pillar-1-1', 'pillar-1-2', 'pillar-2', 'pillar-2-1', 'closing']);
  });

  it('numbers every slide as the audience sees it, for paper: position / total in deck order', () => {
    const numbers = [...html.matchAll(/<section id="[^"]+"[^>]* data-slide-number="([^"]+)"/g)].map((m) => m[1]);
    expect(numbers).toEqual(['1/9', '2/9', '3/9', '4/9', '5/9', '6/9', '7/9', '8/9', '9/9']);
  });

  it('nests each pillar as a vertical stack', () => {
    expect(html).toMatch(/<section class="stack" data-stack="pillar-1"><section id="pillar-1"/);
  });

  it('links the overview to each stack', () => {
    expect(html).toContain('href="#/pillar-1"');
    expect(html).toContain('href="#/pillar-2"');
  });

  it('renders notes as paragraphs, one per line', () => {
    expect(html).toContain('<aside class="notes"><p class="read-aloud">题目</p><p class="read-aloud">同志们：</p></aside>');
  });

  it('omits the attribution when a quotation has none', () => {
    const pillar2 = html.slice(html.indexOf('id="pillar-2"'));
    expect(pillar2.slice(0, pillar2.indexOf('</figure>'))).not.toContain('figcaption');
  });
});

describe('fill-ins in the page', () => {
  const openHtml = renderSlides(fixtureModel());

  it('render every occurrence as an element with data-fill-in, in slides and notes alike', () => {
    expect(openHtml.match(/data-fill-in="place"/g)).toHaveLength(2);
    expect(openHtml.match(/data-fill-in="households"/g)).toHaveLength(2);
    expect(openHtml).not.toContain('*');
    expect(openHtml).not.toMatch(/\{(place|households)\}/);
  });

  it('show an open blank as an underlined, labelled gap', () => {
    expect(openHtml).toContain(
      '<u class="fill-in fill-in--open" data-fill-in="place" data-gap="2" role="img" aria-label="待填写：地名" title="地名">\u3000\u3000</u>',
    );
  });

  it('show a value as text set like its neighbours', () => {
    const html = renderSlides(fixtureModel({ place: '宁夏', households: '3.5' }));
    expect(html).toContain(
      '<li><span class="phrase">美丽<span class="fill-in-glue">新<span class="fill-in fill-in--filled" data-fill-in="place">宁夏</span></span></span></li>',
    );
    expect(html).not.toContain('fill-in--open');
  });

  it('glue each fill-in to the characters beside it, so no line break separates them', () => {
    expect(openHtml).toContain('<p class="read-aloud">开场白，<wbr>美丽<span class="fill-in-glue">新<u ');
    expect(openHtml).toMatch(/<span class="fill-in-glue">法<u [^>]*>[\u3000]+<\/u>万<\/span>户。/);
  });

  it('escape a hostile value that got past validation, and keep replacement patterns literal', () => {
    const model = fixtureModel();
    const place = model.fillIns.get('place')!;
    (model.fillIns as Map<string, typeof place>).set('place', { ...place, value: `<img src=x onerror=alert(1)>$&$'` });
    const html = renderPage('<html lang="en"><title><!--deck:title--></title><!--deck:slides-->', model);
    expect(html).not.toContain('<img');
    expect(html.split(`&lt;img src=x onerror=alert(1)&gt;$&amp;$&#39;`)).toHaveLength(3);
  });
});

describe('line breaks by phrase in slide text', () => {
  const html = renderSlides(fixtureModel());
  const frames = html.replace(/<aside class="notes">.*?<\/aside>/g, '');

  it('cut slide text into phrase spans, and notes by a <wbr> between words', () => {
    expect(html).toContain(
      '<h2 class="closing__text"><span class="phrase">发言</span><span class="phrase">完毕，</span><span class="phrase">谢谢大家！</span></h2>',
    );
    expect(html).toContain('<aside class="notes"><p class="read-aloud">发言<wbr>完毕，<wbr>谢谢大家！</p></aside>');
    // A short quotation in the notes is never read across two lines.
    expect(html).toContain('<span class="punctuation-run">，“</span>甲甲<span class="punctuation-run">”。</span>');
  });

  it('never offer a break beside a fill-in: it joins the phrases on both sides', () => {
    expect(frames).toMatch(/<span class="phrase">[^<]*做<span class="fill-in-glue">法<u [^>]*>[\u3000]+<\/u>万<\/span>户<\/span><\/li>/);
  });

  it('keep a run of punctuation marks in one nowrap span, never with a break inside', () => {
    const outline = mutableFixture();
    outline.slides[3].quotation.text = '“甲甲”';
    outline.slides[3].measures[0].points = ['“甲一”、“做法”'];
    outline.slides[3].measures[0].notes = '一是甲一。“甲一”、“做法”。';
    const speech = fixtureSpeech.replace('一是甲一。甲一做法。', '一是甲一。“甲一”、“做法”。');
    const model = deckModel(outline, speech, {}, 'slides/fill-ins.ts');
    expect(renderSlides(model)).toContain(
      '<li><span class="phrase">“甲</span><span class="phrase">一<span class="punctuation-run">”、“</span>做法”</span></li>',
    );
  });

  it('on paper, never break inside a short quotation, and break a chain of them between its quotations', () => {
    const eachCharacter = (text: string) => [...text];
    const text = '将“甲一”“乙二”“丙三丁”和';
    const phrasesOf = (html: string) => html.split(/<\/span>(?:<wbr>)?<span class="phrase">/).map((p) => p.replace(/<[^>]*>/g, ''));
    expect(phrasesOf(htmlText(fixtureModel(), eachCharacter, paperPhrases)(text))).toEqual(['将', '“甲一”', '“乙二”', '“丙三丁”和']);
    // Slides keep the segmenter's breaks inside, and a run of marks whole (”“).
    expect(phrasesOf(htmlText(fixtureModel(), eachCharacter)(text))).toContain('一”“乙');
  });
});
