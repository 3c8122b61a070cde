import { describe, expect, it, beforeAll } from 'vitest';
import { fixtureModel } from '../../outline/test-fixture.ts';
import { loadDeck } from '../../outline/load-deck.ts';
import type { DeckModel } from '../../outline/model.ts';
import { deckModel, slideNotesShown } from '../../outline/model.ts';
import { deckOrder } from '../../outline/walk.ts';
import { speechDocument } from '../../outline/speech-document.ts';
import { isClosingMark, LONG_TERM } from '../../render/phrases.ts';
import { wordSegmenter } from '../../render/word-segmenter.ts';
import { strings } from '../../strings.ts';
import { readDocx, type ReadDocx } from './read-docx.ts';
import { writeDocx } from './write-docx.ts';

const root = new URL('../../../', import.meta.url).pathname;
const squeeze = (text: string) => text.replace(/\s/g, '');
const twips = (mm: number) => (mm * 1440) / 25.4;

describe('the Word file of the speech', () => {
  let model: DeckModel;
  let file: ReadDocx;
  beforeAll(async () => {
    // The real speech with every blank open, whatever slides/fill-ins.ts holds.
    const loaded = await loadDeck(root);
    model = deckModel(loaded.outline, loaded.speech, {}, 'no values', loaded.unbreakableTerms);
    file = await readDocx(await writeDocx(model));
  }, 60_000);

  it('holds the whole speech in order, the speaker line after the title, and no asterisk', () => {
    const speaker = file.paragraphs.find((p) => p.style === 'GongwenSpeaker')!;
    const text = file.paragraphs.filter((p) => p !== speaker).map((p) => p.lines.join('')).join('');
    const notes = deckOrder(model.outline).map((slide) => slideNotesShown(model, slide).replace(/\n/g, '')).join('');
    expect(text).toBe(notes);
    expect(speaker.text).toBe('市市场监督管理局');
    expect(file.paragraphs.map((p) => p.text).join('')).not.toContain('*');
  });

  it('sets the page of GB/T 9704: A4, margins 37 / 35 / 28 / 26 mm, a text block of 156 × 225 mm, a grid of 22 lines × 28 characters', () => {
    const { page, margin, grid } = file.section;
    expect(page).toEqual({ w: 11906, h: 16838 });
    for (const [side, mm] of Object.entries({ top: 37, bottom: 35, left: 28, right: 26 })) expect(Math.abs(margin[side as 'top'] - twips(mm)), side).toBeLessThan(1);
    expect(Math.abs(page.w - margin.left - margin.right - twips(156))).toBeLessThan(2);
    expect(Math.abs(page.h - margin.top - margin.bottom - twips(225))).toBeLessThan(2);
    expect(grid.type).toBe('linesAndChars');
    // 22 lines fit the text block, 23 do not; 28 characters of 3号 (16 pt) plus charSpace fit its width, 29 do not.
    const height = page.h - margin.top - margin.bottom;
    expect(22 * grid.linePitch).toBeLessThanOrEqual(height);
    expect(23 * grid.linePitch).toBeGreaterThan(height);
    const pitch = (16 + grid.charSpace / 4096) * 20;
    const width = page.w - margin.left - margin.right;
    expect(28 * pitch).toBeLessThanOrEqual(width);
    expect(29 * pitch).toBeGreaterThan(width);
  });

  it('names the office fonts: 2号 方正小标宋简体 title, 3号 仿宋_GB2312 body, 黑体 pillars, 楷体 measures, with their fallbacks', () => {
    const style = (id: string) => file.styles.get(id)!;
    expect(style('Normal')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32 });
    expect(style('GongwenTitle')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 });
    expect(style('GongwenHeading1')).toMatchObject({ eastAsia: '黑体' });
    expect(style('GongwenHeading1').xml).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('GongwenHeading2')).toMatchObject({ eastAsia: '楷体_GB2312' });
    expect(style('Normal').xml).toMatch(/w:ascii="仿宋_GB2312"[^>]*w:eastAsia="仿宋_GB2312"[^>]*w:hAnsi="仿宋_GB2312"/);
    expect(style('Normal').xml).toContain('w:default="1"');
    expect(style('Normal').xml).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>');
    // First lines indented two characters.
    expect(style('Normal').xml).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    const alt = Object.fromEntries(file.fontTable.map((f) => [f.name, f.altName]));
    expect(alt).toMatchObject({ 仿宋_GB2312: '仿宋', 仿宋: 'FangSong', 楷体_GB2312: '楷体', 楷体: 'KaiTi', 黑体: 'SimHei', 方正小标宋简体: '宋体', 宋体: 'SimSun' });
  });

  it('gives each part of the speech its style: title, speaker, salutation, a heading per pillar, a 楷体 lead per measure', () => {
    const parts = speechDocument(model.outline);
    const styles = file.paragraphs.map((p) => p.style);
    expect(styles.slice(0, 3)).toEqual(['GongwenTitle', 'GongwenSpeaker', 'GongwenSalutation']);
    const headings = file.paragraphs.filter((p) => p.style === 'GongwenHeading1').map((p) => p.text);
    expect(headings).toEqual(parts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))));
    expect(headings).toHaveLength(4);
    const leads = file.paragraphs.flatMap((p) => p.runs.filter((r) => r.style === 'GongwenHeading2').map((r) => r.text));
    expect(leads).toHaveLength(12);
    expect(leads[0]).toBe('一是以上率下带头学。');
  });

  it('numbers pages — 1 — with a PAGE field, odd pages on the right and even pages on the left', () => {
    expect(file.settings).toContain('<w:evenAndOddHeaders/>');
    const [before, after] = strings.pageNumberAround;
    for (const [type, style, align] of [['default', 'GongwenPageNumberOdd', 'right'], ['even', 'GongwenPageNumberEven', 'left']] as const) {
      const footer = file.footers[type]!;
      expect(footer.xml).toMatch(/<w:fldChar w:fldCharType="begin"\/><w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer.paragraphs[0]!.text).toBe(`${before}${after}`);
      expect(footer.paragraphs[0]!.style).toBe(style);
      expect(file.styles.get(style)!.xml).toContain(`<w:jc w:val="${align}"/>`);
    }
    expect(file.styles.get('GongwenPageNumberOdd')).toMatchObject({ eastAsia: '宋体', size: 28 });
  });

  it('keeps the document properties: title, author, subject, language', () => {
    expect(file.core).toEqual({ title: '市场监管局在主题教育专题座谈会上的发言材料', creator: '市市场监督管理局', subject: strings.docxSubject, language: 'zh-CN' });
  });

  it('breaks lines only between phrases: none over 28 characters, none starting with a closing mark, no word, term or short quotation split', () => {
    const segment = wordSegmenter();
    const problems: string[] = [];
    for (const paragraph of file.paragraphs) {
      const full = paragraph.lines.join('');
      // Words no line may split: jieba's (within each run between gaps), the listed terms up to a phone's line, short quotations.
      const inside = new Set<number>();
      let at = 0;
      for (const run of full.split(/(\u3000+)/)) {
        for (const word of run.startsWith('\u3000') ? [run] : segment(run)) {
          for (let k = at + 1; k < at + word.length; k++) inside.add(k);
          at += word.length;
        }
      }
      for (const term of model.unbreakableTerms.filter((t) => t.length <= LONG_TERM)) {
        for (let k = full.indexOf(term); k !== -1; k = full.indexOf(term, k + 1)) for (let j = k + 1; j < k + term.length; j++) inside.add(j);
      }
      for (const q of full.matchAll(/“[^“”]{1,8}”/g)) for (let j = q.index + 1; j < q.index + q[0].length; j++) inside.add(j);
      let end = 0;
      paragraph.lines.forEach((line, i) => {
        const limit = i === 0 && ['Normal', 'GongwenHeading1'].includes(paragraph.style) ? 26 : paragraph.style === 'GongwenTitle' ? 20 : 28;
        if ([...line].length > limit) problems.push(`over ${limit}: ${line}`);
        if (i > 0 && isClosingMark(line[0]!)) problems.push(`starts with a closing mark: ${line}`);
        end += line.length;
        if (i < paragraph.lines.length - 1 && inside.has(end)) problems.push(`split: ${full.slice(Math.max(0, end - 6), end)}｜${full.slice(end, end + 6)}`);
      });
    }
    expect(problems).toEqual([]);
    expect(file.paragraphs.filter((p) => p.lines.length > 1).length).toBeGreaterThan(15);
  });

  it('shows an open blank as an underlined gap and a filled one as its value, plain', async () => {
    const gaps = file.paragraphs.flatMap((p) => p.runs.filter((r) => r.underline));
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap.text).toMatch(/^\u3000{2,}$/);
    const filled = await readDocx(await writeDocx(fixtureModel({ place: '宁夏', households: '3.5' })));
    expect(filled.paragraphs.flatMap((p) => p.runs.filter((r) => r.underline))).toEqual([]);
    expect(squeeze(filled.paragraphs.map((p) => p.text).join(''))).toContain('美丽新宁夏');
    expect(squeeze(filled.paragraphs.map((p) => p.text).join(''))).toContain('3.5万户');
  });
});
