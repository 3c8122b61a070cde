import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf } from './finish.ts';

const info = { title: '题目', author: '某局', subject: '讲稿', lang: 'zh-CN' };

/** A two-page PDF as a browser might print it, its text in Helvetica. */
async function printed(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('x', { font });
  pdf.addPage();
  return pdf.save();
}

describe('finishPdf', () => {
  it('writes title, author, subject and language', async () => {
    const finished = await finishPdf(await printed(), info);
    const pdf = await PDFDocument.load(finished.bytes, { updateMetadata: false });
    expect([pdf.getTitle(), pdf.getAuthor(), pdf.getSubject()]).toEqual(['题目', '某局', '讲稿']);
    expect(String(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText())).toBe('zh-CN');
    expect(finished.pages).toBe(2);
  });

  it('names the embedded fonts', async () => {
    expect((await finishPdf(await printed(), info)).fonts).toEqual(['Helvetica']);
  });
});
