/**
 * The tokens (tokens.ts) as CSS custom properties: what `virtual:deck-tokens.css` holds
 * (src/vite/tokens-plugin.ts). Names are kebab-case: `colours.redDeep` → `--deck-red-deep`,
 * `sizes.h1` → `--deck-size-h1`, `spacing.padX` → `--deck-pad-x`.
 */
import { LANDSCAPE, PHONE_QUERY } from './canvas.ts';
import { accentGround, colours, font, phone, sizes, spacing } from './tokens.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
const px = (value: number) => `${value}px`;

type Declarations = [name: string, value: string][];

const sizeDeclarations = (scale: Record<string, number>): Declarations =>
  Object.entries(scale).map(([name, value]) => [`--deck-size-${kebab(name)}`, px(value)]);
const spacingDeclarations = (space: Record<string, number>): Declarations =>
  Object.entries(space).map(([name, value]) => [`--deck-${kebab(name)}`, px(value)]);

/** The accent ground's glow as a CSS gradient. */
export function accentGradient(): string {
  const stops = accentGround.stops.map((stop) => `${stop.colour} ${stop.at}%`).join(', ');
  return `radial-gradient(ellipse at ${accentGround.centre}, ${stops})`;
}

/** Every token as a declaration, in the order of tokens.ts. */
export function tokenDeclarations(): Declarations {
  return [
    ...Object.entries(colours).map(([name, value]): [string, string] => [`--deck-${kebab(name)}`, value]),
    ['--deck-accent-ground', accentGround.colour],
    ['--deck-accent-gradient', accentGradient()],
    ['--deck-font', [font.family, ...font.fallbacks].map((name) => `'${name}'`).concat(font.generic).join(', ')],
    ['--deck-weight-heading', String(font.weights.heading)],
    ['--deck-weight-body', String(font.weights.body)],
    ...sizeDeclarations(sizes),
    ...spacingDeclarations(spacing),
    // The 16:9 canvas slides are designed on: the print and handout pages lay a slide out at this size.
    ['--deck-canvas-width', px(LANDSCAPE.width)],
    ['--deck-canvas-height', px(LANDSCAPE.height)],
  ];
}

const block = (selector: string, declarations: Declarations, indent = '') =>
  `${indent}${selector} {\n${declarations.map(([name, value]) => `${indent}  ${name}: ${value};\n`).join('')}${indent}}\n`;

/** The stylesheet: the tokens on :root, and the phone's sizes under the phone media query. */
export function tokensCss(): string {
  return (
    `/* Generated from src/theme/tokens.ts by src/theme/tokens-css.ts: edit the tokens there. */\n` +
    block(':root', tokenDeclarations()) +
    `@media ${PHONE_QUERY} {\n` +
    block(':root', [...sizeDeclarations(phone.sizes), ...spacingDeclarations(phone.spacing)], '  ') +
    `}\n`
  );
}
