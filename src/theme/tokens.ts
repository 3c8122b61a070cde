/**
 * Design tokens: the one palette and type scale. The web theme reads them as CSS variables
 * (`--deck-…`, emitted by tokens-css.ts through the `virtual:deck-tokens.css` module) and the
 * PowerPoint writer (src/export/pptx) reads them here, so a colour or size has one home.
 *
 * Colours follow 党政 convention: flag red (CMYK 0/100/100/0 ≈ #E60012) for accents, a deeper
 * red for large areas, gold (CMYK 0/12/90/0 ≈ #FFE01A) for rules and text on red. Every
 * text/background pair meets WCAG AA (checked by e2e/theme.spec.ts).
 * Sizes are in slide pixels: the slide is designed at 1280×720 and scaled by reveal.js.
 */
import type { fontWeights } from './font-weights.ts';

type Hex = `#${string}`;

/** Each becomes `--deck-<name>` (camelCase to kebab-case): `redDeep` → `--deck-red-deep`. */
export const colours = {
  red: '#e60012',
  redDeep: '#a30012',
  redText: '#b0001a',
  gold: '#ffe01a',
  goldSoft: '#f5d66b',
  paper: '#fffbf3',
  paperEdge: '#f3e6d2',
  /** Surfaces on the paper, a shade lighter: the overview's cards, the search box. */
  surface: '#ffffff',
  ink: '#262322',
  inkSoft: '#5b4b44',
  onRed: '#ffffff',
  /** Blackout (B): nothing but black on the audience's screen. */
  blackout: '#000000',
} as const satisfies Record<string, Hex>;

/**
 * The red ground of cover, pillar and closing slides: a radial glow on deep red. Where a
 * gradient cannot be drawn (PowerPoint's background via pptxgenjs), the solid `colour` stands in.
 */
export const accentGround = {
  colour: colours.redDeep,
  /** Ellipse centre, as CSS `at x y`. */
  centre: '50% 38%',
  stops: [
    { colour: '#bd0016', at: 0 },
    { colour: colours.redDeep, at: 55 },
    { colour: '#86000f', at: 100 },
  ],
} as const satisfies { colour: Hex; centre: string; stops: readonly { colour: Hex; at: number }[] };

export const font = {
  family: 'Noto Serif SC',
  /**
   * Where the web font cannot load (blocked, broken file), the CJK serifs systems ship, in turn:
   * Linux (fonts-noto-cjk), Adobe's name for the same design, macOS/iOS, Windows. Metrics differ
   * a little; the layout must hold in any of them (e2e/font-faults.spec.ts).
   */
  fallbacks: ['Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'STSong', 'SimSun'],
  /** The CSS generic family after them. */
  generic: 'serif',
  /** 700 for titles and headings, 400 for body text and quotations (font-weights.ts lists them). */
  weights: { heading: 700, body: 400 },
} as const satisfies { family: string; fallbacks: readonly string[]; generic: string; weights: Record<string, (typeof fontWeights)[number]> };

/**
 * The type scale, after GB/T 9704: a large title, first-level headings, then body. Each becomes
 * `--deck-size-<name>`. The last three belong to one slide kind each but are sizes all the same.
 */
export const sizes = {
  title: 62,
  h1: 52,
  h2: 40,
  lead: 36,
  body: 30,
  small: 24,
  /** The closing slide's last words. */
  closing: 72,
  /** A pillar head's large ordinal (一 in its gold square). */
  pillarOrdinal: 132,
  /** An overview card's ordinal in its circle. */
  overviewOrdinal: 44,
} as const satisfies Record<string, number>;

/** Spacing; each becomes `--deck-<name>`. */
export const spacing = {
  /** The slide's left and right padding. */
  padX: 88,
} as const satisfies Record<string, number>;

/** Phones read the deck in reveal.js's scroll view on a portrait slide (src/deck/slide-size.ts). */
export const phone = {
  sizes: {
    title: 44,
    h1: 40,
    h2: 32,
    lead: 27,
    body: 25,
    small: 20,
    closing: 48,
    pillarOrdinal: 64,
    overviewOrdinal: 32,
  },
  spacing: { padX: 32 },
} as const satisfies { sizes: Record<keyof typeof sizes, number>; spacing: Record<keyof typeof spacing, number> };
