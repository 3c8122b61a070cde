import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { model as committedModel, speech, speechAsShown } from '../../../e2e/content.ts';
import { values as testValues } from '../../../e2e/fixtures/fill-in-values.ts';
import { outline } from '../../../slides/outline.ts';
import { gapText, partsText } from '../../outline/fill-ins.ts';
import { deckModel, textParts, type DeckModel } from '../../outline/model.ts';
import { shownTexts } from '../../outline/shown-texts.ts';
import { fixtureModel, mutableFixture } from '../../outline/test-fixture.ts';
import { deckOrder } from '../../outline/walk.ts';
import { wordSegmenter } from '../../render/word-segmenter.ts';
import { accentGround, colours } from '../../theme/tokens.ts';
import { hex } from './geometry.ts';
import { LayoutError } from './layout.ts';
import { safetyMargin, textWidth } from './measure-text.ts';
import { paragraphTexts, readPptx, unbroken, type ReadPptx } from './read-pptx.ts';
import { writePptx } from './write-pptx.ts';

const slides = deckOrder(outline);
/** The shape of an ordinal (一 in its circle or square), by its name. */
const isOrdinal = (sp: string) => /name="(?:[^"]*\.)?ordinal"/.test(sp);
const shown = (model: DeckModel, text: string) => partsText(textParts(model, text));
/** The deck's text for each slide, as the page shows it. */
const expectedTexts = (model: DeckModel) => slides.map((slide) => shownTexts(outline, slide).map((t) => shown(model, t.text)));

describe('the PowerPoint file of the deck (blanks open, as committed)', () => {
  let file: ReadPptx;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writePptx(committedModel);
    file = await readPptx(bytes);
  });

  it('has one 16:9 slide per deck slide', () => {
    expect(file.slides).toHaveLength(slides.length);
    expect(file.size.cx / file.size.cy).toBeCloseTo(16 / 9, 3);
  });

  it('shows on each slide exactly the deck’s text for that slide, in reading order', () => {
    expect(file.slides.map((s) => unbroken(s.paragraphs))).toEqual(expectedTexts(committedModel));
  });

  it('sets each field of the outline in a text box of its own, named for the field', () => {
    const boxes = file.slides.map((s) => s.textShapes.map((shape) => `${shape.name}: ${unbroken(shape.paragraphs).join('¶')}`));
    expect(boxes).toEqual(slides.map((slide) => shownTexts(outline, slide).map((t) => `${t.field}: ${shown(committedModel, t.text)}`)));
  });

  it('carries the speech in the notes: all slides’ notes together reproduce it, blanks as gaps', () => {
    const notes = file.slides.map((s) => s.notes.join('')).join('');
    expect(notes).toBe(speechAsShown('', committedModel));
    // Paragraphs stay paragraphs: the cover's notes are the title, then the salutation.
    expect(file.slides[0]!.notes).toHaveLength(speech.split('\n').slice(0, 3).filter((l) => l.trim() !== '').length);
  });

  it('shows each open blank as an underlined gap of ideographic spaces, on slides and in notes, never an asterisk', () => {
    const gapRuns = (xml: string) => [...xml.matchAll(/<a:rPr [^>]*u="sng"[^>]*>[\s\S]*?<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
    const openOnSlides = slides.flatMap((slide) =>
      shownTexts(outline, slide).flatMap((t) => textParts(committedModel, t.text).filter((p) => 'fillIn' in p)),
    );
    expect(openOnSlides.length).toBeGreaterThan(3);
    expect(file.slides.flatMap((s) => gapRuns(s.xml))).toEqual(openOnSlides.map((p) => ('fillIn' in p ? gapText(p.fillIn.blank) : '')));
    expect(file.slides.flatMap((s) => gapRuns(s.notesXml)).length).toBe(committedModel.fillIns.size + 1); // region is used twice
    for (const [path, xml] of file.parts) expect(xml.includes('*'), path).toBe(false);
  });

  it('names 宋体 (SimSun) for every script of every run, declared a serif with GB2312 East Asian text; the theme too', () => {
    const runs = file.slides.flatMap((s) => [...`${s.xml}${s.notesXml}`.matchAll(/<a:rPr\b[^>]*>([\s\S]*?)<\/a:rPr>/g)].map((m) => m[1]!));
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) {
      expect(run).toContain('<a:latin typeface="SimSun" panose="02010600030101010101" pitchFamily="18" charset="0"/>');
      expect(run).toContain('<a:ea typeface="SimSun" panose="02010600030101010101" pitchFamily="18" charset="-122"/>');
      expect(run).toContain('<a:cs typeface="SimSun"');
    }
    // No text names the deck's face, which office PCs rarely have, nor any face with a sans's hints.
    for (const [path, xml] of file.parts) expect(/typeface="Noto Serif SC"|typeface="SimSun"[^>]*pitchFamily="34"/.test(xml), path).toBe(false);
    const theme = file.parts.get('ppt/theme/theme1.xml')!;
    expect(theme.match(/<a:latin typeface="SimSun"[^>]*pitchFamily="18" charset="0"\/><a:ea typeface="SimSun"[^>]*pitchFamily="18" charset="-122"\/>/g)).toHaveLength(2);
    expect(theme.match(/<a:font script="Hans" typeface="SimSun"\/>/g)).toHaveLength(2);
  });

  it('has the speech’s title, the speaking body as author, and Chinese as its language', () => {
    const core = file.parts.get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>市场监管局在主题教育专题座谈会上的发言材料</dc:title>');
    expect(core).toContain('<dc:creator>市市场监督管理局</dc:creator>');
    expect(core).toContain('<dc:language>zh-CN</dc:language>');
    const notesRuns = file.slides.filter((s) => s.notes.length > 0).flatMap((s) => s.notesXml.match(/<a:(?:rPr|endParaRPr) [^>]*>/g) ?? []);
    expect(notesRuns.length).toBeGreaterThan(20);
    expect(notesRuns.filter((rPr) => !rPr.includes('lang="zh-CN"'))).toEqual([]);
  });

  it('stands cover, pillar and closing slides on the red ground, body slides on paper', () => {
    const grounds = file.slides.map((s) => s.xml.match(/<p:bg><p:bgPr><a:solidFill><a:srgbClr val="(\w+)"\/><\/a:solidFill><a:effectLst\/><\/p:bgPr><\/p:bg>/)?.[1]);
    expect(grounds).toEqual(slides.map((s) => hex(['cover', 'pillar', 'closing'].includes(s.kind) ? accentGround.colour : colours.paper)));
  });

  it('writes markup PowerPoint opens without repair: at most one paragraph-properties element per paragraph, first', () => {
    for (const slide of file.slides) {
      for (const [, body] of slide.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        expect(body!.match(/<a:pPr\b/g)?.length ?? 0, slide.part).toBeLessThanOrEqual(1);
        if (body!.includes('<a:pPr')) expect(body!.startsWith('<a:pPr'), slide.part).toBe(true);
      }
    }
  });

  it('lets PowerPoint shrink a text an edit makes overflow, rather than spill it into the next box', () => {
    for (const slide of file.slides) {
      const bodies = [...slide.xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([sp]) => sp).filter((sp) => sp.includes('<a:t>') && !isOrdinal(sp));
      expect(bodies.filter((sp) => !/<a:bodyPr [^>]*>\s*<a:normAutofit\/>/.test(sp)), slide.part).toEqual([]);
    }
  });

  it('sets each ordinal in the middle of its shape on the client’s single line, never shrunk', () => {
    const ordinals = file.slides.flatMap((slide) => [...slide.xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([sp]) => sp).filter(isOrdinal));
    expect(ordinals).toHaveLength(8); // the overview's four, each pillar's own
    for (const sp of ordinals) {
      expect(sp).toMatch(/<a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="ctr"><\/a:bodyPr>/);
      expect(sp).toContain('<a:pPr algn="ctr" indent="0" marL="0"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc>');
    }
  });

  it('links each overview card to its pillar’s slide, for a slide show', () => {
    const overview = slides.findIndex((s) => s.kind === 'overview');
    const rels = file.parts.get(`ppt/slides/_rels/slide${overview + 1}.xml.rels`)!;
    const targets = [...rels.matchAll(/relationships\/slide" Target="([^"]+)"/g)].map((m) => m[1]);
    const pillarSlides = slides.flatMap((s, i) => (s.kind === 'pillar' ? [`slide${i + 1}.xml`] : []));
    expect(targets).toEqual(pillarSlides);
    expect(file.slides[overview]!.xml.match(/action="ppaction:\/\/hlinksldjump"/g)).toHaveLength(pillarSlides.length);
  });

  it('keeps every shape and text box inside its slide', () => {
    for (const slide of file.slides) {
      for (const [, x, y, cx, cy] of slide.xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
        const [left, top, w, h] = [x, y, cx, cy].map(Number) as [number, number, number, number];
        expect(left >= 0 && top >= 0 && left + w <= file.size.cx && top + h <= file.size.cy, `${slide.part}: ${x},${y} ${cx}×${cy}`).toBe(true);
      }
    }
  });

  it('is small: under 200 KB', () => {
    expect(bytes.byteLength).toBeLessThan(200 * 1024);
  });
});

const EMU_PER_PX = 9525;

/**
 * The text boxes of a slide: name, width, type size and tracking (px), paragraphs as written.
 * Not the shapes sized around a word (an ordinal's circle or square, a label's chip).
 */
function textBoxes(xml: string) {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap(([, sp]) => {
    if (!sp!.includes('<a:t>') || /name="(?:[^"]*ordinal|label)"/.test(sp!)) return [];
    const rPr = sp!.match(/<a:rPr\b[^>]*>/)![0];
    const size = Number(rPr.match(/ sz="(\d+)"/)![1]) / 100 / 0.75;
    const tracking = Number(rPr.match(/ spc="(\d+)"/)?.[1] ?? 0) / 100 / 0.75 / size;
    return [{
      name: sp!.match(/<p:cNvPr\b[^>]*name="([^"]*)"/)![1]!,
      width: Number(sp!.match(/<a:ext cx="(\d+)"/)![1]) / EMU_PER_PX,
      style: { size, tracking },
      paragraphs: paragraphTexts(sp!),
    }];
  });
}

describe('the lines of the PowerPoint file: written by the writer, broken between words only', () => {
  let file: ReadPptx;
  beforeAll(async () => {
    file = await readPptx(await writePptx(committedModel));
  });

  it('breaks the cover title between 教育 and 专题, as the deck does, with a line break in one paragraph', () => {
    const title = file.slides[0]!.textShapes.find((shape) => shape.name === 'title')!;
    expect(title.paragraphs).toEqual(['市场监管局在主题教育\n专题座谈会上的发言材料']);
    expect(file.slides[0]!.xml).toMatch(/<\/a:t><\/a:r><a:br><a:rPr lang="zh-CN"[^>]* sz="4650"/);
  });

  it('writes every line narrower than its box by the safety margin, so no client wraps inside it', () => {
    const tooWide = file.slides.flatMap((slide, i) =>
      textBoxes(slide.xml).flatMap((box) =>
        box.paragraphs.flatMap((p) => p.split('\n')).filter((line) => textWidth(line, box.style) + safetyMargin(box.style) > box.width + 0.01).map((line) => `${slides[i]!.id} › ${box.name}: ${line}`),
      ),
    );
    expect(tooWide).toEqual([]);
    expect(file.slides.flatMap((slide) => textBoxes(slide.xml)).filter((box) => box.paragraphs.some((p) => p.includes('\n'))).length).toBeGreaterThanOrEqual(5);
  });

  it('never ends a line inside a word of jieba’s or a term of slides/unbreakable-terms.ts', () => {
    const segment = wordSegmenter();
    const splits: string[] = [];
    for (const [i, slide] of file.slides.entries()) {
      for (const shape of slide.textShapes) {
        for (const paragraph of shape.paragraphs) {
          const text = paragraph.replace(/\n/g, '');
          const ends = paragraph.split('\n').slice(0, -1).reduce<number[]>((all, line) => [...all, (all[all.length - 1] ?? 0) + line.length], []);
          const wordEnds = new Set(segment(text).reduce<number[]>((all, word) => [...all, (all[all.length - 1] ?? 0) + word.length], []));
          for (const end of ends) {
            const where = `${slides[i]!.id} › ${shape.name}: ${text.slice(0, end)}|${text.slice(end)}`;
            if (!wordEnds.has(end)) splits.push(`a word split: ${where}`);
            for (const term of committedModel.unbreakableTerms) {
              for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) if (end > at && end < at + term.length) splits.push(`${term} split: ${where}`);
            }
          }
        }
      }
    }
    expect(splits).toEqual([]);
  });
});

describe('the PowerPoint file in the deck’s own face (npm run pptx -- --font noto)', () => {
  let file: ReadPptx;
  beforeAll(async () => {
    file = await readPptx(await writePptx(committedModel, { font: 'noto' }));
  });

  it('names Noto Serif SC for every run, declared a serif with GB2312 East Asian text, and 宋体 for Simplified Chinese in the theme', () => {
    const runs = file.slides.flatMap((s) => [...`${s.xml}${s.notesXml}`.matchAll(/<a:rPr\b[^>]*>([\s\S]*?)<\/a:rPr>/g)].map((m) => m[1]!));
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) {
      expect(run).toContain('<a:latin typeface="Noto Serif SC" panose="02020400000000000000" pitchFamily="18" charset="0"/>');
      expect(run).toContain('<a:ea typeface="Noto Serif SC" panose="02020400000000000000" pitchFamily="18" charset="-122"/>');
    }
    const theme = file.parts.get('ppt/theme/theme1.xml')!;
    expect(theme.match(/<a:ea typeface="Noto Serif SC"[^>]*pitchFamily="18" charset="-122"\/>/g)).toHaveLength(2);
    expect(theme.match(/<a:font script="Hans" typeface="SimSun"\/>/g)).toHaveLength(2);
  });

  it('lays the slides out exactly as the default file: only the names differ', async () => {
    const song = await readPptx(await writePptx(committedModel));
    const withoutFonts = (xml: string) => xml.replace(/<a:(latin|ea|cs) typeface="[^"]*" panose="\d+"/g, '<a:$1');
    expect(file.slides.map((s) => withoutFonts(s.xml))).toEqual(song.slides.map((s) => withoutFonts(s.xml)));
  });
});

describe('the PowerPoint file with every blank filled', () => {
  const filled = deckModel(outline, speech, testValues, 'e2e/fixtures/fill-in-values.ts');
  let file: ReadPptx;
  beforeAll(async () => {
    file = await readPptx(await writePptx(filled));
  });

  it('shows the values as text like their neighbours, with no gap left', () => {
    expect(file.slides.map((s) => unbroken(s.paragraphs))).toEqual(expectedTexts(filled));
    expect(file.slides.map((s) => s.notes.join('')).join('')).toBe(speechAsShown('', filled));
    for (const slide of file.slides) {
      expect(`${slide.xml}${slide.notesXml}`).not.toContain('\u3000');
      expect(`${slide.xml}${slide.notesXml}`).not.toContain('u="sng"');
    }
    expect(unbroken(file.slides.flatMap((s) => s.paragraphs)).join('')).toContain(`${testValues.trainedHeads}个市场监管所所长`);
  });
});

describe('writing the file', () => {
  const calls: string[] = [];
  beforeAll(() => {
    const refuse = (what: string) => () => {
      calls.push(what);
      throw new Error(`network access: ${what}`);
    };
    vi.spyOn(https, 'get').mockImplementation(refuse('https.get'));
    vi.spyOn(https, 'request').mockImplementation(refuse('https.request'));
    vi.spyOn(http, 'get').mockImplementation(refuse('http.get'));
    vi.spyOn(net, 'connect').mockImplementation(refuse('net.connect'));
    vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch'));
  });
  afterAll(() => vi.restoreAllMocks());

  it('touches no network', async () => {
    await writePptx(fixtureModel());
    expect(calls).toEqual([]);
  });

  it('fails naming the slide whose text cannot fit at the theme’s sizes', async () => {
    const long = mutableFixture();
    long.slides[3].measures[1].points = Array.from({ length: 9 }, () => '甲二做法'.repeat(12));
    const error = await writePptx(fixtureModel({}, long)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayoutError);
    expect((error as Error).message).toMatch(/^slides\/outline\.ts › slide "pillar-1-2": its content \(\d+ px high, \d+ px available\)/);
  });
});
