/**
 * The document's styles, named as an office names them, so a clerk who edits the file finds the
 * parts by their style: 正文 (Normal), 公文标题, 署名, 称谓, 一级标题 (the pillars, in the
 * navigation pane), 二级标题 (a measure's lead, a character style), 页码.
 */
import { AlignmentType, LineRuleType, type IRunStylePropertiesOptions, type IStylesOptions } from 'docx';
import { fonts, runFonts } from './fonts.ts';
import { grid, halfPoints, pageNumberInset, POINTS } from './page.ts';

export const styleIds = {
  body: 'Normal',
  title: 'GongwenTitle',
  speaker: 'GongwenSpeaker',
  salutation: 'GongwenSalutation',
  heading: 'GongwenHeading1',
  lead: 'GongwenHeading2',
  pageNumberOdd: 'GongwenPageNumberOdd',
  pageNumberEven: 'GongwenPageNumberEven',
} as const;

/** Two characters of the grid: a paragraph's first-line indent (每个自然段左空二字). */
export const INDENT_CELLS = 2;
/**
 * Word and WPS indent by characters (firstLineChars); the twips are for other clients. They stand a
 * hair under two cells: LibreOffice rounds its cell down to 15.73 pt and an indent wider than two
 * of them up to three.
 */
const indent = { firstLine: Math.floor(INDENT_CELLS * grid.cell * 0.995), firstLineChars: INDENT_CELLS * 100 };

/**
 * LibreOffice snaps a character to the grid only when it is no wider than a cell, and takes two
 * cells for it otherwise: at 16 pt in cells of 15.79 pt it would set 14 characters a line. Body
 * text set 0.3 pt closer (w:spacing -6) is narrower than a cell there, and sits in one cell in
 * Word and WPS as it would anyway. A style that sets a font of its own says so again: LibreOffice
 * does not carry it from the paragraph's style into a character style's run. (docs/office-files.md)
 */
export const CONDENSED = -6;

const language = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;
const bodyRun: IRunStylePropertiesOptions = { font: runFonts(fonts.body), size: halfPoints(POINTS.三号), characterSpacing: CONDENSED, language };

export const styles: IStylesOptions = {
  default: { document: { run: bodyRun, paragraph: { spacing: { before: 0, after: 0 } } } },
  paragraphStyles: [
    {
      id: styleIds.body,
      name: 'Normal',
      quickFormat: true,
      run: bodyRun,
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent, spacing: { before: 0, after: 0 } },
    },
    {
      // 2号小标宋, centred, a blank line below; its lines on the grid's pitch, its characters at their own width.
      id: styleIds.title,
      name: '公文标题',
      basedOn: styleIds.body,
      next: styleIds.body,
      quickFormat: true,
      run: { font: runFonts(fonts.title), size: halfPoints(POINTS.二号), snapToGrid: false },
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0, firstLineChars: 0 },
        spacing: { line: grid.linePitch, lineRule: LineRuleType.EXACT, after: grid.linePitch },
        keepNext: true,
      },
    },
    {
      id: styleIds.speaker,
      name: '署名',
      basedOn: styleIds.body,
      next: styleIds.body,
      quickFormat: true,
      run: { font: runFonts(fonts.kai), characterSpacing: CONDENSED },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: { after: grid.linePitch }, keepNext: true },
    },
    {
      // 主送机关 / 称谓: flush left (顶格).
      id: styleIds.salutation,
      name: '称谓',
      basedOn: styleIds.body,
      next: styleIds.body,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: styleIds.heading,
      name: '一级标题',
      basedOn: styleIds.body,
      next: styleIds.body,
      quickFormat: true,
      run: { font: runFonts(fonts.heading), characterSpacing: CONDENSED },
      paragraph: { outlineLevel: 0, keepNext: true },
    },
    {
      // 4号 宋体 digits between 一字线, one character in from the outer edge.
      id: styleIds.pageNumberOdd,
      name: '页码（单页）',
      basedOn: styleIds.body,
      run: { font: runFonts(fonts.pageNumber), size: halfPoints(POINTS.四号), characterSpacing: 0, snapToGrid: false },
      paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0, firstLineChars: 0, right: pageNumberInset } },
    },
    {
      id: styleIds.pageNumberEven,
      name: '页码（双页）',
      basedOn: styleIds.pageNumberOdd,
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0, left: pageNumberInset, right: 0 } },
    },
  ],
  characterStyles: [{ id: styleIds.lead, name: '二级标题', quickFormat: true, run: { font: runFonts(fonts.kai), characterSpacing: CONDENSED } }],
};
