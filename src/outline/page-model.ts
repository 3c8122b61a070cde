import { DEFAULT_RATE } from './pacing.ts';
import type { DeckModel } from './model.ts';
import { slideFacts, type SlideFacts } from './slide-model.ts';

/**
 * The slide facts the browser needs, carried by the page as JSON (a data block, which the CSP
 * lets through: it is never run). The deck's controllers read it once, through
 * src/deck/deck-model.ts, never from the slides' markup. The notes stay in the page's
 * `aside.notes`, which reveal.js and the no-JavaScript reading need anyway: sent once, not twice.
 */
export interface PageModel {
  /** The rate the facts' seconds are planned at, characters a minute. */
  rate: number;
  /** The pillars' shown headings, which slides name by index. */
  pillars: string[];
  slides: PageSlide[];
  /** Every fill-in: what it stands for, and whether it is still open. */
  fillIns: Record<string, { description: string; open: boolean }>;
}

/**
 * Only what the browser cannot read off the page it shows: the page carries these bytes to every
 * phone, so the slides' shown text (in their frames) and notes (in aside.notes) are not repeated.
 */
export type PageSlide = Pick<SlideFacts, 'id' | 'spoken' | 'seconds' | 'fillIns'> & {
  /** Index into `pillars`, or null for a slide outside the pillars. */
  pillar: number | null;
};

/** The element id of the JSON block in the page. */
export const PAGE_MODEL_ID = 'deck-model';

export function pageModel(model: DeckModel): PageModel {
  const facts = slideFacts(model);
  const pillars = [...new Map(facts.flatMap((f) => (f.pillar ? [[f.pillar.id, f.pillar.heading] as const] : []))).values()];
  const pillarIds = [...new Set(facts.flatMap((f) => (f.pillar ? [f.pillar.id] : [])))];
  return {
    rate: DEFAULT_RATE,
    pillars,
    slides: facts.map((f) => ({
      id: f.id,
      pillar: f.pillar ? pillarIds.indexOf(f.pillar.id) : null,
      spoken: f.spoken,
      seconds: f.seconds,
      fillIns: f.fillIns,
    })),
    fillIns: Object.fromEntries([...model.fillIns.values()].map((f) => [f.id, { description: f.description, open: f.value === undefined }])),
  };
}
