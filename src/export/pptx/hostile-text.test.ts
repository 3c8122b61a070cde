import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_WORDS, hostileModel, shown } from '../../outline/hostile-fixture.ts';
import { shownTexts } from '../../outline/shown-texts.ts';
import { deckOrder, notesOf, notesParagraphs } from '../../outline/walk.ts';
import { finishCore } from './finish.ts';
import { readPptx, unbroken, type ReadPptx } from './read-pptx.ts';
import { writePptx } from './write-pptx.ts';

const window = new Window();
afterAll(() => window.happyDOM.close());

/**
 * What makes a part malformed XML when text is written into it unescaped: a character XML 1.0
 * forbids, an `&` that starts no reference, or tags that no longer pair up.
 */
function xmlFaults(xml: string): string[] {
  const faults: string[] = [];
  const forbidden = xml.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
  if (forbidden) faults.push(`forbidden character U+${forbidden[0].codePointAt(0)!.toString(16)}`);
  const ampersand = xml.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);).{0,12}/);
  if (ampersand) faults.push(`bare & at ${JSON.stringify(ampersand[0])}`);
  const parsed = new window.DOMParser().parseFromString(xml, 'application/xml');
  if (parsed.querySelector('parsererror')) faults.push(`does not parse: ${parsed.querySelector('parsererror')!.textContent}`);
  return faults;
}

const decode = (text: string) => new window.DOMParser().parseFromString(`<t>${text}</t>`, 'application/xml').documentElement.textContent;

describe('hostile text in the PowerPoint file', () => {
  const model = hostileModel();
  const slides = deckOrder(model.outline);
  let file: ReadPptx;
  beforeAll(async () => {
    file = await readPptx(await writePptx(model));
  });

  it('writes every part as well-formed XML', () => {
    const faults = [...file.parts].flatMap(([path, xml]) => xmlFaults(xml).map((fault) => `${path}: ${fault}`));
    expect(faults).toEqual([]);
  });

  it('shows on each slide exactly the text the page shows, escaped, in reading order', () => {
    expect(file.slides.map((s) => unbroken(s.paragraphs))).toEqual(slides.map((slide) => shownTexts(model.outline, slide).map((t) => shown(model, t.text))));
    for (const slide of file.slides) expect(slide.xml).not.toMatch(/<(?:script|img|textarea|a href)\b/);
  });

  it('carries each slide’s notes exactly, one paragraph per line', () => {
    expect(file.slides.map((s) => s.notes)).toEqual(slides.map((slide) => notesParagraphs(notesOf(slide) ?? '').map((line) => shown(model, line))));
  });

  it('keeps the title and the speaking body in the document properties as text', () => {
    const cover = slides.find((s) => s.kind === 'cover')!;
    const [title, speaker] = shownTexts(model.outline, cover).map((t) => shown(model, t.text));
    expect(title).toBe(HOSTILE_WORDS['题目']);
    const core = file.parts.get('docProps/core.xml')!;
    const app = file.parts.get('docProps/app.xml')!;
    expect(decode(core.match(/<dc:title>([^<]*)<\/dc:title>/)![1]!)).toBe(title);
    expect(decode(core.match(/<dc:creator>([^<]*)<\/dc:creator>/)![1]!)).toBe(speaker);
    expect(decode(app.match(/<Company>([^<]*)<\/Company>/)![1]!)).toBe(speaker);
  });
});

describe('the document language written into docProps/core.xml', () => {
  it('stays text, whatever the outline’s lang holds', () => {
    const lang = "$&$'<x>";
    const core = finishCore('<dc:creator>甲</dc:creator>', 'core', lang);
    expect(xmlFaults(`<core xmlns:dc="http://purl.org/dc/elements/1.1/">${core}</core>`)).toEqual([]);
    expect(decode(core.match(/<dc:language>([^<]*)<\/dc:language>/)![1]!)).toBe(lang);
  });
});
