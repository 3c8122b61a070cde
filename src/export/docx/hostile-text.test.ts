import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_WORDS, hostileModel, shown } from '../../outline/hostile-fixture.ts';
import { deckOrder, notesOf, notesParagraphs } from '../../outline/walk.ts';
import { finishCore } from './finish.ts';
import { decodeXml, readDocx, type ReadDocx } from './read-docx.ts';
import { writeDocx } from './write-docx.ts';

const window = new Window();
afterAll(() => window.happyDOM.close());

/** What makes a part malformed XML: a character XML 1.0 forbids, a bare `&`, tags that no longer pair up. */
function xmlFaults(xml: string): string[] {
  const faults: string[] = [];
  const forbidden = xml.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u);
  if (forbidden) faults.push(`forbidden character U+${forbidden[0].codePointAt(0)!.toString(16)}`);
  const ampersand = xml.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);).{0,12}/);
  if (ampersand) faults.push(`bare & at ${JSON.stringify(ampersand[0])}`);
  const parsed = new window.DOMParser().parseFromString(xml, 'application/xml');
  if (parsed.querySelector('parsererror')) faults.push(`does not parse: ${parsed.querySelector('parsererror')!.textContent}`);
  return faults;
}

describe('hostile text in the Word file', () => {
  for (const [what, values] of [['hostile values', undefined], ['every blank open', {}]] as const) {
    describe(what, () => {
      const model = hostileModel(values);
      let file: ReadDocx;
      beforeAll(async () => {
        file = await readDocx(await writeDocx(model));
      });

      it('writes every part as well-formed XML', () => {
        const faults = [...file.parts].flatMap(([path, xml]) => xmlFaults(xml).map((fault) => `${path}: ${fault}`));
        expect(faults).toEqual([]);
      });

      it('carries the speech exactly, escaped, paragraph by paragraph, and injects no markup', () => {
        const speaker = file.paragraphs.find((p) => p.style === 'GongwenSpeaker');
        const texts = file.paragraphs.filter((p) => p !== speaker).map((p) => p.lines.join(''));
        const notes = deckOrder(model.outline).flatMap((slide) => notesParagraphs(notesOf(slide) ?? '').map((line) => shown(model, line)));
        expect(texts.join('')).toBe(notes.join(''));
        expect(texts.join('')).toContain(HOSTILE_WORDS['甲']);
        expect(file.parts.get('word/document.xml')).not.toMatch(/<(?:script|img|textarea|a href|b)\b/);
      });

      it('keeps the title and the speaking body in the document properties as text', () => {
        expect(file.core.title).toBe(HOSTILE_WORDS['题目']);
        expect(file.core.creator).toBe(HOSTILE_WORDS['同志们']);
      });
    });
  }
});

describe('the document language written into docProps/core.xml', () => {
  it('stays text, whatever the outline’s lang holds', () => {
    const lang = "$&$'<x>";
    const core = finishCore('<dc:creator>甲</dc:creator>', lang);
    expect(xmlFaults(`<core xmlns:dc="http://purl.org/dc/elements/1.1/">${core}</core>`)).toEqual([]);
    expect(decodeXml(core.match(/<dc:language>([^<]*)<\/dc:language>/)![1]!)).toBe(lang);
  });
});
