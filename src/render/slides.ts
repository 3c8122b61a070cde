/**
 * One pure renderer per slide kind: outline data in, static reveal.js markup out.
 * Every piece of outline text passes through `t` (escaping, fill-ins); ids through escapeHtml.
 */
import type {
  Slide,
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
import type { RenderContext } from './text.ts';

/** Speaker notes: one paragraph per line of the notes text. */
export function renderNotes(notes: string, c: RenderContext): string {
  // .read-aloud: lines break only at the <wbr>s between words (src/theme/base.css).
  const paragraphs = notesParagraphs(notes).map((line) => `<p class="read-aloud">${c.notes(line)}</p>`);
  return `<aside class="notes">${paragraphs.join('')}</aside>`;
}

/**
 * Cover, pillar and closing slides stand on the red ground; body slides on paper. The colours
 * are the theme's (CSS variables), so the reveal.js background layer and print view both use them.
 */
const ACCENT_KINDS = new Set(['cover', 'pillar', 'closing']);

function section(slide: Slide, c: RenderContext, body: string, notes?: string): string {
  const { id, kind } = slide;
  const seconds = c.plannedSeconds(slide);
  const ground = ACCENT_KINDS.has(kind)
    ? ` data-state="ground-accent" data-background-color="var(--deck-accent-ground)" data-background-gradient="var(--deck-accent-gradient)"`
    : ` data-state="ground-paper"`;
  return (
    // data-timing: the planned seconds, which reveal.js's own pacing features read too.
    // data-slide-number: the number on screen, which Ctrl+P prints on each page (src/theme/print.css).
    `<section id="${esc(id)}" class="slide slide--${kind}" data-kind="${kind}"${ground} data-timing="${seconds}" data-slide-number="${esc(c.slideNumber(slide))}">` +
    // The frame, not the <section>, lays the slide out: reveal.js restyles sections in its scroll and print views.
    `<div class="frame">${body}</div>` +
    (notes ?? '') +
    `</section>`
  );
}

export function renderCover(slide: CoverSlide, c: RenderContext): string {
  return section(slide, c,
    `<div class="cover">` +
      `<h1 class="cover__title">${c.text(slide.title)}</h1>` +
      `<p class="cover__speaker">${c.text(slide.speaker)}</p>` +
      `</div>`,
    renderNotes(slide.notes, c),
  );
}

export function renderOpening(slide: OpeningSlide, c: RenderContext): string {
  const items = slide.statements.map((s) => `<li>${c.text(s)}</li>`).join('');
  return section(slide, c,
    `<p class="opening__lead">${c.text(slide.lead)}</p><ul class="opening__statements key-points">${items}</ul>`,
    renderNotes(slide.notes, c),
  );
}

export function renderOverview(slide: OverviewSlide, pillars: readonly PillarStack[], c: RenderContext): string {
  const cards = pillars
    .map(
      (p) =>
        `<li class="overview__item"><a class="overview__link" href="${esc(c.slideLink(p.id))}">` +
        `<span class="overview__ordinal">${c.text(p.ordinal)}</span>` +
        `<span class="overview__heading">${c.text(p.heading)}</span>` +
        `<span class="overview__pledge">${c.text(p.pledge)}</span>` +
        `</a></li>`,
    )
    .join('');
  return section(slide, c,
    `<h2 class="overview__title">${c.text(slide.heading)}</h2><ol class="overview__list">${cards}</ol>`,
  );
}

export function renderPillarHead(slide: PillarHeadSlide, c: RenderContext): string {
  const { attribution, text } = slide.quotation;
  const quotation =
    `<figure class="pillar__quotation">` +
    (attribution === undefined ? '' : `<figcaption class="pillar__attribution">${c.text(attribution)}</figcaption>`) +
    `<blockquote class="pillar__quote">${c.text(text)}</blockquote>` +
    `</figure>`;
  return section(slide, c,
    `<p class="pillar__ordinal" aria-hidden="true">${c.text(slide.ordinal)}</p>` +
      `<h2 class="pillar__heading">${c.text(slide.heading)}</h2>` +
      `<p class="pillar__pledge">${c.text(slide.pledge)}</p>` +
      quotation,
    renderNotes(slide.notes, c),
  );
}

/** A measure slide names its pillar in a running head, so the audience keeps its place. */
export function renderMeasure(slide: MeasureSlide, pillar: PillarHeadSlide, c: RenderContext): string {
  const points = slide.points.map((p) => `<li>${c.text(p)}</li>`).join('');
  return section(slide, c,
    `<p class="measure__pillar">${c.text(pillar.heading)}</p>` +
      `<h3 class="measure__title"><span class="measure__label">${c.text(slide.label)}</span>` +
        // One flex item, however many phrases the title is cut into.
        `<span class="measure__name">${c.text(slide.title)}</span></h3>` +
      `<ul class="measure__points key-points">${points}</ul>`,
    renderNotes(slide.notes, c),
  );
}

export function renderClosing(slide: ClosingSlide, c: RenderContext): string {
  return section(slide, c, `<h2 class="closing__text">${c.text(slide.text)}</h2>`, renderNotes(slide.notes, c));
}
