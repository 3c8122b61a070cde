import { gapText, partsText, type TextPart } from '../../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../../outline/model.ts';
import { notesParagraphs as paragraphsOf } from '../../outline/walk.ts';
import { runFonts, type PptxFace } from './fonts.ts';

/** A slide's notes: paragraphs of words and fill-ins. */
export type NotesParagraphs = TextPart[][];

/** The notes of a slide as paragraphs (the model's one rule, src/outline/walk.ts), each as words and fill-ins. */
export function notesParagraphs(model: DeckModel, notes: string | undefined): NotesParagraphs {
  return paragraphsOf(notes ?? '').map((line) => textParts(model, line));
}

/** The notes as one plain string, paragraphs on their own lines: what pptxgenjs's addNotes takes. */
export function notesPlainText(paragraphs: NotesParagraphs): string {
  return paragraphs.map((parts) => partsText(parts)).join('\n');
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]!);

/**
 * The notes as DrawingML paragraphs, in Chinese and in the file's face: words and values as text, an
 * open blank as the deck's gap underlined (as the speaker view shows it). Written here because
 * pptxgenjs's notes are one run of plain text, tagged English, with the line breaks inside it.
 * The font is named on each run: LibreOffice does not take it from the theme for notes.
 */
export function notesXml(paragraphs: NotesParagraphs, face: PptxFace): string {
  const lang = 'lang="zh-CN" altLang="en-US"';
  const run = (text: string, underline = false) =>
    `<a:r><a:rPr ${lang}${underline ? ' u="sng"' : ''} dirty="0">${runFonts(face)}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r>`;
  return paragraphs
    .map((parts) => {
      const runs = parts.map((part) => {
        if ('text' in part) return run(part.text);
        return part.fillIn.value === undefined ? run(gapText(part.fillIn.blank), true) : run(part.fillIn.value);
      });
      return `<a:p>${runs.join('')}<a:endParaRPr ${lang} dirty="0"/></a:p>`;
    })
    .join('');
}
