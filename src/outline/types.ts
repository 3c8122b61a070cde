import type { FillInDeclarations } from './fill-ins.ts';

/**
 * The outline schema: one type per slide kind. An outline is plain data (see slides/outline.ts);
 * the compiler checks its shape, `validateOutline` checks what types cannot express, and the
 * fidelity checks hold it to the speech.
 *
 * Every `notes` field holds speech text verbatim; paragraphs may be separated by "\n".
 * Every other string field is visible on a slide and must be quoted from the speech
 * (or be one of the outline's structural labels).
 * In both, the speech's anonymised blanks are written as fill-ins, `{id}`, never as asterisks.
 */

/** A slide id becomes the deep link `#/<id>`: lowercase ASCII, digits and dashes. */
export type SlideId = string;

export interface CoverSlide {
  kind: 'cover';
  id: SlideId;
  /** The speech's title as the source gives it. */
  title: string;
  /** Who speaks, as the text names them. */
  speaker: string;
  notes: string;
}

export interface OpeningSlide {
  kind: 'opening';
  id: SlideId;
  /** The statement set large at the top. */
  lead: string;
  /** Key statements, one per line. */
  statements: readonly string[];
  notes: string;
}

/** Lists the pillars, each linking to its stack; it carries no speech text of its own. */
export interface OverviewSlide {
  kind: 'overview';
  id: SlideId;
  /** A structural label such as 目录. */
  heading: string;
}

export interface Quotation {
  /** Who is quoted and how, e.g. 习近平总书记指出; absent when the statement stands alone. */
  attribution?: string;
  /** The quoted words, with the source's own quotation marks if it has them. */
  text: string;
}

export interface MeasureSlide {
  kind: 'measure';
  id: SlideId;
  /** The enumeration as the speech writes it: 一是 / 二是 / 三是. */
  label: string;
  /** The measure's own heading, e.g. 以上率下带头学. */
  title: string;
  /** Key phrases, quoted. */
  points: readonly string[];
  notes: string;
}

/** A pillar: its head slide on top, one slide per measure below it (a vertical stack). */
export interface PillarStack {
  kind: 'pillar';
  /** The id of the head slide; measures have their own ids. */
  id: SlideId;
  /** A structural label: 一 / 二 / 三 / 四. */
  ordinal: string;
  /** 坚持…为先 */
  heading: string;
  /** 在…上走在前、作表率 */
  pledge: string;
  quotation: Quotation;
  notes: string;
  measures: readonly MeasureSlide[];
}

export interface ClosingSlide {
  kind: 'closing';
  id: SlideId;
  text: string;
  notes: string;
}

export type TopLevelSlide = CoverSlide | OpeningSlide | OverviewSlide | PillarStack | ClosingSlide;

/** A single rendered slide (a pillar contributes its head and each measure). */
export type PillarHeadSlide = Omit<PillarStack, 'measures'>;
export type Slide = CoverSlide | OpeningSlide | OverviewSlide | PillarHeadSlide | MeasureSlide | ClosingSlide;

export interface Outline {
  /** The language of the deck, for <html lang>. */
  lang: string;
  /** Visible labels that are structure, not quotation (numbering, 目录). Kept short. */
  structuralLabels: readonly string[];
  /** The speech's anonymised blanks, by id: text refers to them as `{id}` (see fill-ins.ts). */
  fillIns: FillInDeclarations;
  slides: readonly TopLevelSlide[];
}
