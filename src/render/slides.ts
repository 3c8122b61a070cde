/**
 * One pure renderer per slide kind: outline data in, static reveal.js markup out.
 * Every piece of outline text passes through `t` (escaping, fill-ins); ids through escapeHtml.
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
import { notesParagraphs } from '../outline/walk.ts';
import { escapeHtml as esc } from './escape.ts';
import type { RenderText } from './text.ts';

/** Speaker notes: one paragraph per line of the notes text. */
export function renderNotes(notes: string, t: RenderText): string {
  const paragraphs = notesParagraphs(notes).map((line) => `<p>${t(line)}</p>`);
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
    (notes ?? '') +
    `</section>`
  );
}

export function renderCover(slide: CoverSlide, t: RenderText): string {
  return section(
    slide.id,
    'cover',
    `<div class="cover">` +
      `<h1 class="cover__title">${t(slide.title)}</h1>` +
      `<p class="cover__speaker">${t(slide.speaker)}</p>` +
      `</div>`,
    renderNotes(slide.notes, t),
  );
}

export function renderOpening(slide: OpeningSlide, t: RenderText): string {
  const items = slide.statements.map((s) => `<li>${t(s)}</li>`).join('');
  return section(
    slide.id,
    'opening',
    `<p class="opening__lead">${t(slide.lead)}</p><ul class="opening__statements key-points">${items}</ul>`,
    renderNotes(slide.notes, t),
  );
}

export function renderOverview(slide: OverviewSlide, pillars: readonly PillarStack[], t: RenderText): string {
  const cards = pillars
    .map(
      (p) =>
        `<li class="overview__item"><a class="overview__link" href="#/${esc(p.id)}">` +
        `<span class="overview__ordinal">${t(p.ordinal)}</span>` +
        `<span class="overview__heading">${t(p.heading)}</span>` +
        `<span class="overview__pledge">${t(p.pledge)}</span>` +
        `</a></li>`,
    )
    .join('');
  return section(
    slide.id,
    'overview',
    `<h2 class="overview__title">${t(slide.heading)}</h2><ol class="overview__list">${cards}</ol>`,
  );
}

export function renderPillarHead(slide: PillarHeadSlide, t: RenderText): string {
  const { attribution, text } = slide.quotation;
  const quotation =
    `<figure class="pillar__quotation">` +
    (attribution === undefined ? '' : `<figcaption class="pillar__attribution">${t(attribution)}</figcaption>`) +
    `<blockquote class="pillar__quote">${t(text)}</blockquote>` +
    `</figure>`;
  return section(
    slide.id,
    'pillar',
    `<p class="pillar__ordinal" aria-hidden="true">${t(slide.ordinal)}</p>` +
      `<h2 class="pillar__heading">${t(slide.heading)}</h2>` +
      `<p class="pillar__pledge">${t(slide.pledge)}</p>` +
      quotation,
    renderNotes(slide.notes, t),
  );
}

/** A measure slide names its pillar in a running head, so the audience keeps its place. */
export function renderMeasure(slide: MeasureSlide, pillar: PillarHeadSlide, t: RenderText): string {
  const points = slide.points.map((p) => `<li>${t(p)}</li>`).join('');
  return section(
    slide.id,
    'measure',
    `<p class="measure__pillar">${t(pillar.heading)}</p>` +
      `<h3 class="measure__title"><span class="measure__label">${t(slide.label)}</span>${t(slide.title)}</h3>` +
      `<ul class="measure__points key-points">${points}</ul>`,
    renderNotes(slide.notes, t),
  );
}

export function renderClosing(slide: ClosingSlide, t: RenderText): string {
  return section(slide.id, 'closing', `<h2 class="closing__text">${t(slide.text)}</h2>`, renderNotes(slide.notes, t));
}
