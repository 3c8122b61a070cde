/**
 * One pure renderer per slide kind: outline data in, static reveal.js markup out.
 * Every piece of outline text passes through escapeHtml.
 */
import type {
  ClosingSlide,
  CoverSlide,
  MeasureSlide,
  OpeningSlide,
  OverviewSlide,
  PillarHeadSlide,
  PillarStack,
} from '../outline/types.ts';
import { escapeHtml as esc } from './escape.ts';

/** Speaker notes: one paragraph per line of the notes text. */
export function renderNotes(notes: string): string {
  const paragraphs = notes
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${esc(line)}</p>`);
  return `<aside class="notes">${paragraphs.join('')}</aside>`;
}

/**
 * Cover, pillar and closing slides stand on the red ground; body slides on paper. The colours
 * are the theme's (CSS variables), so the reveal.js background layer and print view both use them.
 */
const ACCENT_KINDS = new Set(['cover', 'pillar', 'closing']);

function section(id: string, kind: string, body: string, notes?: string): string {
  const ground = ACCENT_KINDS.has(kind)
    ? ` data-state="ground-accent" data-background-color="var(--deck-accent-ground)" data-background-gradient="var(--deck-accent-gradient)"`
    : ` data-state="ground-paper"`;
  return (
    `<section id="${esc(id)}" class="slide slide--${kind}" data-kind="${kind}"${ground}>` +
    // The frame, not the <section>, lays the slide out: reveal.js restyles sections in its scroll and print views.
    `<div class="frame">${body}</div>` +
    (notes === undefined ? '' : renderNotes(notes)) +
    `</section>`
  );
}

export function renderCover(slide: CoverSlide): string {
  return section(
    slide.id,
    'cover',
    `<div class="cover">` +
      `<h1 class="cover__title">${esc(slide.title)}</h1>` +
      `<p class="cover__speaker">${esc(slide.speaker)}</p>` +
      `</div>`,
    slide.notes,
  );
}

export function renderOpening(slide: OpeningSlide): string {
  const items = slide.statements.map((s) => `<li>${esc(s)}</li>`).join('');
  return section(
    slide.id,
    'opening',
    `<p class="opening__lead">${esc(slide.lead)}</p><ul class="opening__statements key-points">${items}</ul>`,
    slide.notes,
  );
}

export function renderOverview(slide: OverviewSlide, pillars: readonly PillarStack[]): string {
  const cards = pillars
    .map(
      (p) =>
        `<li class="overview__item"><a class="overview__link" href="#/${esc(p.id)}">` +
        `<span class="overview__ordinal">${esc(p.ordinal)}</span>` +
        `<span class="overview__heading">${esc(p.heading)}</span>` +
        `<span class="overview__pledge">${esc(p.pledge)}</span>` +
        `</a></li>`,
    )
    .join('');
  return section(
    slide.id,
    'overview',
    `<h2 class="overview__title">${esc(slide.heading)}</h2><ol class="overview__list">${cards}</ol>`,
  );
}

export function renderPillarHead(slide: PillarHeadSlide): string {
  const { attribution, text } = slide.quotation;
  const quotation =
    `<figure class="pillar__quotation">` +
    (attribution === undefined ? '' : `<figcaption class="pillar__attribution">${esc(attribution)}</figcaption>`) +
    `<blockquote class="pillar__quote">${esc(text)}</blockquote>` +
    `</figure>`;
  return section(
    slide.id,
    'pillar',
    `<p class="pillar__ordinal" aria-hidden="true">${esc(slide.ordinal)}</p>` +
      `<h2 class="pillar__heading">${esc(slide.heading)}</h2>` +
      `<p class="pillar__pledge">${esc(slide.pledge)}</p>` +
      quotation,
    slide.notes,
  );
}

/** A measure slide names its pillar in a running head, so the audience keeps its place. */
export function renderMeasure(slide: MeasureSlide, pillar: PillarHeadSlide): string {
  const points = slide.points.map((p) => `<li>${esc(p)}</li>`).join('');
  return section(
    slide.id,
    'measure',
    `<p class="measure__pillar">${esc(pillar.heading)}</p>` +
      `<h3 class="measure__title"><span class="measure__label">${esc(slide.label)}</span>${esc(slide.title)}</h3>` +
      `<ul class="measure__points key-points">${points}</ul>`,
    slide.notes,
  );
}

export function renderClosing(slide: ClosingSlide): string {
  return section(slide.id, 'closing', `<h2 class="closing__text">${esc(slide.text)}</h2>`, slide.notes);
}
