/**
 * One mapping per slide kind: outline data onto a PowerPoint slide in the deck's look. Sizes,
 * gaps and line heights are the stylesheets' (src/theme/kinds/*.css, measured on the 1280×720
 * canvas); colours and type sizes are the tokens themselves.
 */
import type PptxGenJS from 'pptxgenjs';
import type { DeckModel } from '../../outline/model.ts';
import { deckOrder } from '../../outline/walk.ts';
import type { ClosingSlide, CoverSlide, MeasureSlide, OpeningSlide, OverviewSlide, PillarHeadSlide, PillarStack } from '../../outline/types.ts';
import { accentGround, colours, sizes, spacing } from '../../theme/tokens.ts';
import { canvas, hex, inches, points, position, type Rect } from './geometry.ts';
import { centredStack } from './layout.ts';
import type { TypeStyle } from './runs.ts';
import { addCentredWord, addTextBlock, block, measureBlock, naturalWidth } from './text-box.ts';

/** The content column every slide shares: the canvas less the frame's side padding. */
const column = { x: spacing.padX, w: canvas.width - 2 * spacing.padX };

/** Cover, pillar and closing slides stand on the red ground; body slides on paper. */
export function setGround(slide: PptxGenJS.Slide, ground: 'accent' | 'paper'): void {
  slide.background = { color: hex(ground === 'accent' ? accentGround.colour : colours.paper) };
}

// ---- Shapes the theme draws with CSS ------------------------------------------------------

/** The double gold rule (2 px, 4 px apart, 1 px) of cover and closing slides, 7 px high. */
const RULE_HEIGHT = 7;
function goldRule(pptx: PptxGenJS, slide: PptxGenJS.Slide, x: number, y: number, w: number): void {
  for (const [offset, weight] of [[1, 2], [6.5, 1]] as const) {
    slide.addShape(pptx.ShapeType.line, { ...position({ x, y: y + offset, w, h: 0 }), line: { color: hex(colours.gold), width: points(weight) } });
  }
}

/** A key phrase's red lozenge: a 12 px square turned 45°, 30 px left of the text, 0.62em down. */
function lozenge(pptx: PptxGenJS, slide: PptxGenJS.Slide, textX: number, textY: number, size: number): void {
  const side = 12 * Math.SQRT2;
  const centre = { x: textX - 30 + 6, y: textY + 0.62 * size + 6 };
  slide.addShape(pptx.ShapeType.diamond, {
    ...position({ x: centre.x - side / 2, y: centre.y - side / 2, w: side, h: side }),
    fill: { color: hex(colours.red) },
    line: { type: 'none' },
  });
}

/**
 * Key phrases (opening statements, a measure's points): a text box each, behind a lozenge,
 * `gap` px apart. Returns the list's height for a given top, and draws it.
 */
function keyPoints(model: DeckModel, items: readonly string[], field: string, gap: number) {
  const x = column.x + 42;
  const w = column.w - 42;
  const style: TypeStyle = { size: sizes.body, colour: colours.ink, lineHeight: 1.6 };
  const blocks = items.map((text, i) => block(`${field}[${i}]`, text, 'left', style));
  const boxes = blocks.map((block) => measureBlock(model, block, w));
  const height = boxes.reduce((sum, box) => sum + box.h, 0) + gap * Math.max(0, items.length - 1);
  const draw = (pptx: PptxGenJS, slide: PptxGenJS.Slide, top: number) => {
    let y = top;
    blocks.forEach((block, i) => {
      const box = boxes[i]!;
      lozenge(pptx, slide, x, y, style.size);
      addTextBlock(slide, model, block, { x, y, w: box.w, h: box.h });
      y += box.h + gap;
    });
  };
  return { height, draw };
}

// ---- Slide kinds ---------------------------------------------------------------------------

/** A slide's number in the file: its place in deck order, from 1. */
const slideNumber = (model: DeckModel, id: string) => deckOrder(model.outline).findIndex((s) => s.id === id) + 1;

export function coverSlide(pptx: PptxGenJS, slide: PptxGenJS.Slide, model: DeckModel, cover: CoverSlide): void {
  setGround(slide, 'accent');
  const width = 1040;
  const x = (canvas.width - width) / 2;
  const gap = 48;
  const title = block('title', cover.title, 'center', { size: sizes.title, colour: colours.gold, bold: true, lineHeight: 1.45, tracking: 0.04 });
  const speaker = block('speaker', cover.speaker, 'center', { size: sizes.h2, colour: colours.onRed, lineHeight: 1, tracking: 0.3 });
  const [titleBox, speakerBox] = [measureBlock(model, title, width), measureBlock(model, speaker, width)];
  const [ruleTop, titleTop, speakerTop, ruleBottom] = centredStack(cover.id, [RULE_HEIGHT, titleBox.h, speakerBox.h, RULE_HEIGHT], [gap, gap, gap]);
  goldRule(pptx, slide, x, ruleTop!, width);
  addTextBlock(slide, model, title, centredRect(titleBox, titleTop!, title.style));
  addTextBlock(slide, model, speaker, centredRect(speakerBox, speakerTop!, speaker.style));
  goldRule(pptx, slide, x, ruleBottom!, width);
}

/**
 * A box centred on the canvas. Letter-spacing follows every character, the last included, so
 * the box moves right by half of it, as the stylesheets' padding-left does.
 */
function centredRect(box: { w: number; h: number }, y: number, style: TypeStyle): Rect {
  const tracking = (style.tracking ?? 0) * style.size;
  return { x: (canvas.width - box.w) / 2 + tracking / 2, y, w: box.w, h: box.h };
}

export function openingSlide(pptx: PptxGenJS, slide: PptxGenJS.Slide, model: DeckModel, opening: OpeningSlide): void {
  setGround(slide, 'paper');
  const barWidth = 10;
  const indent = barWidth + 32;
  const lead = block('lead', opening.lead, 'left', { size: sizes.lead, colour: colours.redText, bold: true, lineHeight: 1.55 });
  const leadBox = measureBlock(model, lead, column.w - indent);
  const statements = keyPoints(model, opening.statements, 'statements', 20);
  const [leadTop, listTop] = centredStack(opening.id, [leadBox.h, statements.height], [40]);
  slide.addShape(pptx.ShapeType.rect, {
    ...position({ x: column.x, y: leadTop!, w: barWidth, h: leadBox.h }),
    fill: { color: hex(colours.red) },
    line: { type: 'none' },
  });
  addTextBlock(slide, model, lead, { x: column.x + indent, y: leadTop!, ...leadBox });
  statements.draw(pptx, slide, listTop!);
}

export function overviewSlide(pptx: PptxGenJS, slide: PptxGenJS.Slide, model: DeckModel, overview: OverviewSlide, pillars: readonly PillarStack[]): void {
  setGround(slide, 'paper');
  const heading = block('heading', overview.heading, 'center', { size: sizes.h1, colour: colours.redText, bold: true, lineHeight: 1, tracking: 0.5 });
  const headingBox = measureBlock(model, heading, column.w);
  // Four numbered cards, two to a row: white, a red top edge, the ordinal in a red circle.
  const card = { w: (column.w - 36) / 2, padX: 28, padY: 22, edge: 6, circle: 84, gap: 24 };
  const textX = card.padX + 1 + card.circle + card.gap;
  // The text boxes reach the card's inner edge: their lines keep a character free at the end (the
  // safety margin, measure-text.ts), which stands in for the padding, so a pledge the deck sets on
  // one line (15 characters) stays on one here.
  const textW = card.w - textX - 1;
  const entries = pillars.map((pillar) => {
    const head = block(`${pillar.id}.heading`, pillar.heading, 'left', { size: sizes.h2, colour: colours.redText, bold: true, lineHeight: 1.3 });
    const pledge = block(`${pillar.id}.pledge`, pillar.pledge, 'left', { size: sizes.small, colour: colours.inkSoft, lineHeight: 1.5 });
    return { pillar, head, pledge, headBox: measureBlock(model, head, textW), pledgeBox: measureBlock(model, pledge, textW) };
  });
  const rows = Array.from({ length: Math.ceil(entries.length / 2) }, (_, r) => entries.slice(2 * r, 2 * r + 2));
  const rowContent = rows.map((row) => Math.max(card.circle, ...row.map((e) => e.headBox.h + 6 + e.pledgeBox.h)));
  const rowHeights = rowContent.map((h) => card.edge + card.padY + h + card.padY + 1);
  const [headingTop, ...rowTops] = centredStack(overview.id, [headingBox.h, ...rowHeights], [36, ...rowHeights.map(() => 28)]);
  addTextBlock(slide, model, heading, centredRect(headingBox, headingTop!, heading.style));
  rows.forEach((row, r) => {
    const top = rowTops[r]!;
    row.forEach((entry, c) => {
      const left = column.x + c * (card.w + 36);
      // The card links to its pillar in a slide show, as the deck's card does (behind the text, which stays editable).
      slide.addShape(pptx.ShapeType.roundRect, {
        ...position({ x: left, y: top, w: card.w, h: rowHeights[r]! }),
        hyperlink: { slide: slideNumber(model, entry.pillar.id) },
        rectRadius: inches(4),
        fill: { color: hex(colours.surface) },
        line: { color: hex(colours.paperEdge), width: points(1) },
        shadow: { type: 'outer', color: hex(colours.redDeep), opacity: 0.08, blur: points(18), offset: points(6), angle: 90 },
      });
      slide.addShape(pptx.ShapeType.rect, { ...position({ x: left, y: top, w: card.w, h: card.edge }), fill: { color: hex(colours.red) }, line: { type: 'none' } });
      const contentTop = top + card.edge + card.padY;
      const content = rowContent[r]!;
      // The ordinal is text in the circle, so it stays editable with the rest.
      const ordinal = block(`${entry.pillar.id}.ordinal`, entry.pillar.ordinal, 'center', { size: sizes.overviewOrdinal, colour: colours.gold, bold: true, lineHeight: 1 });
      addCentredWord(slide, model, ordinal, { x: left + card.padX + 1, y: contentTop + (content - card.circle) / 2, w: card.circle, h: card.circle }, {
        shape: pptx.ShapeType.ellipse,
        fill: { color: hex(colours.redDeep) },
      });
      const textTop = contentTop + (content - (entry.headBox.h + 6 + entry.pledgeBox.h)) / 2;
      addTextBlock(slide, model, entry.head, { x: left + textX, y: textTop, ...entry.headBox });
      addTextBlock(slide, model, entry.pledge, { x: left + textX, y: textTop + entry.headBox.h + 6, ...entry.pledgeBox });
    });
  });
}

export function pillarSlide(pptx: PptxGenJS, slide: PptxGenJS.Slide, model: DeckModel, pillar: PillarHeadSlide): void {
  setGround(slide, 'accent');
  const square = 212;
  const x = column.x + 200 + 56;
  const w = column.x + column.w - x;
  const heading = block('heading', pillar.heading, 'left', { size: sizes.title, colour: colours.onRed, bold: true, lineHeight: 1.25, tracking: 0.06 });
  const pledge = block('pledge', pillar.pledge, 'left', { size: sizes.h2, colour: colours.gold, bold: true, lineHeight: 1.4 });
  const attribution =
    pillar.quotation.attribution === undefined
      ? undefined
      : block('quotation.attribution', pillar.quotation.attribution, 'left', { size: sizes.small, colour: colours.goldSoft, lineHeight: 1 });
  const quote = block('quotation.text', pillar.quotation.text, 'left', { size: sizes.body, colour: colours.onRed, lineHeight: 1.7 });
  const [headingBox, pledgeBox, quoteBox] = [heading, pledge, quote].map((block) => measureBlock(model, block, w)) as [Box, Box, Box];
  const attributionBox = attribution ? measureBlock(model, attribution, w) : undefined;
  // The text column: heading; pledge (14 above, 28 below, then a 2 px gold rule); the quotation 28 below.
  const quotationHeight = (attributionBox ? attributionBox.h + 10 : 0) + quoteBox.h;
  const textHeight = headingBox.h + 14 + pledgeBox.h + 28 + 2 + 28 + quotationHeight;
  const [top] = centredStack(pillar.id, [Math.max(square, textHeight)], []);
  const ordinal = block('ordinal', pillar.ordinal, 'center', { size: sizes.pillarOrdinal, colour: colours.gold, bold: true, lineHeight: 1 });
  // The ordinal in a double gold square (two 2 px lines, 2 px apart), as text in the outer square.
  slide.addShape(pptx.ShapeType.rect, { ...position({ x: column.x + 5, y: top! + 5, w: square - 10, h: square - 10 }), fill: { type: 'none' }, line: { color: hex(colours.gold), width: points(2) } });
  addCentredWord(slide, model, ordinal, { x: column.x + 1, y: top! + 1, w: square - 2, h: square - 2 }, {
    shape: pptx.ShapeType.rect,
    line: { color: hex(colours.gold), width: points(2) },
  });
  let y = top!;
  addTextBlock(slide, model, heading, { x, y, ...headingBox });
  y += headingBox.h + 14;
  addTextBlock(slide, model, pledge, { x, y, ...pledgeBox });
  y += pledgeBox.h + 28;
  slide.addShape(pptx.ShapeType.line, { ...position({ x, y: y + 1, w, h: 0 }), line: { color: hex(colours.gold), width: points(2) } });
  y += 2 + 28;
  if (attribution && attributionBox) {
    addTextBlock(slide, model, attribution, { x, y, ...attributionBox });
    y += attributionBox.h + 10;
  }
  addTextBlock(slide, model, quote, { x, y, ...quoteBox });
}

type Box = { w: number; h: number };

/** The red band naming the pillar: 20 px above the text, 16 below, a 4 px gold edge; 64 px in all. */
const BAND = { padTop: 20, padBottom: 16, edge: 4 } as const;

export function measureSlide(pptx: PptxGenJS, slide: PptxGenJS.Slide, model: DeckModel, measure: MeasureSlide, pillar: PillarHeadSlide): void {
  setGround(slide, 'paper');
  const runningHead = block(`${pillar.id}.heading`, pillar.heading, 'left', { size: sizes.small, colour: colours.gold, bold: true, lineHeight: 1, tracking: 0.12 });
  const headBox = measureBlock(model, runningHead, column.w);
  const bandHeight = BAND.padTop + headBox.h + BAND.padBottom;
  slide.addShape(pptx.ShapeType.rect, { ...position({ x: 0, y: 0, w: canvas.width, h: bandHeight }), fill: { color: hex(colours.redDeep) }, line: { type: 'none' } });
  slide.addShape(pptx.ShapeType.rect, { ...position({ x: 0, y: bandHeight, w: canvas.width, h: BAND.edge }), fill: { color: hex(colours.gold) }, line: { type: 'none' } });
  addTextBlock(slide, model, runningHead, { x: column.x, y: BAND.padTop, ...headBox });

  // The title row: the 一是 label on a red chip, 24 px before the title.
  const label = block('label', measure.label, 'center', { size: sizes.h2, colour: colours.onRed, bold: true, lineHeight: 1.3 });
  const chip = { w: naturalWidth(model, label) + 32, h: label.style.size * label.style.lineHeight + 8 };
  const titleX = column.x + chip.w + 24;
  const title = block('title', measure.title, 'left', { size: sizes.h1, colour: colours.redText, bold: true, lineHeight: 1.3 });
  const titleBox = measureBlock(model, title, column.x + column.w - titleX);
  const list = keyPoints(model, measure.points, 'points', 22);
  // Title (36 px above it) and points, centred in the space below the band.
  const bandBottom = bandHeight + BAND.edge;
  const [rowTop, listTop] = centredStack(measure.id, [36 + titleBox.h, list.height], [40], bandBottom);
  const titleTop = rowTop! + 36;
  // The chip sits on the title's first line, baselines together, as the stylesheet aligns them.
  addTextBlock(slide, model, label, { x: column.x, y: titleTop + 9, ...chip }, {
    shape: pptx.ShapeType.roundRect,
    rectRadius: inches(4),
    fill: { color: hex(colours.red) },
    valign: 'middle',
  });
  addTextBlock(slide, model, title, { x: titleX, y: titleTop, ...titleBox });
  list.draw(pptx, slide, listTop!);
}

export function closingSlide(pptx: PptxGenJS, slide: PptxGenJS.Slide, model: DeckModel, closing: ClosingSlide): void {
  setGround(slide, 'accent');
  const text = block('text', closing.text, 'center', { size: sizes.closing, colour: colours.gold, bold: true, lineHeight: 1, tracking: 0.12 });
  const box = measureBlock(model, text, column.w);
  const ruleWidth = 0.62 * column.w;
  const ruleX = (canvas.width - ruleWidth) / 2;
  const [ruleTop, textTop, ruleBottom] = centredStack(closing.id, [RULE_HEIGHT, box.h, RULE_HEIGHT], [56, 56]);
  goldRule(pptx, slide, ruleX, ruleTop!, ruleWidth);
  addTextBlock(slide, model, text, centredRect(box, textTop!, text.style));
  goldRule(pptx, slide, ruleX, ruleBottom!, ruleWidth);
}
