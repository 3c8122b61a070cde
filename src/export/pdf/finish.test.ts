import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf } from './finish.ts';

const deckUrl = 'http://127.0.0.1:4321/';
const info = { title: '题目', author: '某局', subject: '讲稿', lang: 'zh-CN' };

/** A two-page PDF as a browser might print it: text in Helvetica, links into the deck and out of it. */
async function printed(uris: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const [first] = [pdf.addPage(), pdf.addPage()];
  first!.drawText('x', { font });
  const links = uris.map((uri) =>
    pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: { S: 'URI', URI: PDFString.of(uri) } })),
  );
  first!.node.set(PDFName.of('Annots'), pdf.context.obj(links));
  return pdf.save();
}

const annotations = (pdf: PDFDocument) =>
  (pdf.getPage(0).node.Annots() ?? PDFArray.withContext(pdf.context)).asArray().map((ref) => pdf.context.lookup(ref, PDFDict));

describe('finishPdf', () => {
  it('writes title, author, subject and language', async () => {
    const finished = await finishPdf(await printed([]), info, deckUrl);
    const pdf = await PDFDocument.load(finished.bytes, { updateMetadata: false });
    expect([pdf.getTitle(), pdf.getAuthor(), pdf.getSubject()]).toEqual(['题目', '某局', '讲稿']);
    expect(String(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText())).toBe('zh-CN');
    expect(finished.pages).toBe(2);
  });

  it('names the embedded fonts', async () => {
    expect((await finishPdf(await printed([]), info, deckUrl)).fonts).toEqual(['Helvetica']);
  });

  it("turns links into the deck into links to their slide's page, drops those without one, keeps others", async () => {
    const finished = await finishPdf(
      await printed([`${deckUrl}#/second`, `${deckUrl}#/elsewhere`, 'https://example.org/']),
      info,
      deckUrl,
      new Map([['second', 1]]),
    );
    const pdf = await PDFDocument.load(finished.bytes);
    const [internal, external, ...rest] = annotations(pdf);
    expect(rest).toEqual([]);
    const dest = internal!.lookup(PDFName.of('Dest'), PDFArray);
    expect(dest.get(0)).toBe(pdf.getPage(1).ref);
    expect(internal!.get(PDFName.of('A'))).toBeUndefined();
    expect(external!.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'), PDFString).decodeText()).toBe('https://example.org/');
  });
});
