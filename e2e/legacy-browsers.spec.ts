import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './shared-context.ts';
import { browserTargets } from '../src/vite/browser-targets.ts';
import { cssCompatFindings, parseTarget, type CssFinding } from './compat/css-compat.ts';
import { esCheckComplaints, inlineScriptFiles, inlineStyles } from './compat/js-compat.ts';

/**
 * Meeting-room PCs run the deck on older Chromium cores (360 安全浏览器, 奇安信: Chromium 86–108).
 * These tests read dist/ (run `npm run build` first) and prove that nothing newer than the floor
 * in src/vite/browser-targets.ts ships: Chromium 86, Firefox 78, Safari 14.
 */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const floors = browserTargets.map(parseTarget);
const offlineHtml = () => readFileSync(join(dist, 'offline.html'), 'utf8');
const assets = (extension: string) =>
  readdirSync(join(dist, 'assets'))
    .filter((file) => file.endsWith(extension))
    .map((file) => join(dist, 'assets', file));

/**
 * What the floor browsers may leave out, and why the deck still holds without it. Anything else
 * they would drop fails the test: lower it in the build, or add it here with a reason.
 */
const acceptedLosses: Record<string, string> = {
  'text-wrap': 'balanced and pretty line endings refine the breaks; lines still break by line-break: strict',
  'text-spacing-trim': 'closes up adjacent punctuation; without it each mark keeps its full em',
  'text-underline-offset': 'sets an open blank’s underline a little lower; without it the gap keeps the browser’s own underline',
  'text-decoration-thickness': 'sets an open blank’s underline weight; without it the gap keeps the browser’s own underline',
  'print-color-adjust': '-webkit-print-color-adjust, which those browsers know, stands beside it',
  'box-decoration-break': '-webkit-box-decoration-break, which Chromium 86 and Safari 14 know, stands beside it (the cue script’s highlight of the current part)',
  ':focus-visible': 'Firefox 78–84 and Safari 14–15.3 drop the custom ring; keyboard focus keeps the browser’s own',
  'gap in flex layout': 'Safari 14.0 only (14.1 has it): the space between stacked blocks closes up; text stays in order',
  ':fullscreen': 'reveal.js resizes an embedded deck in full screen; this deck fills the page anyway',
  'backface-visibility': 'reveal.js’s 3-D transitions (cube, roll), which this deck does not use',
  'backdrop-filter': 'the blur behind reveal.js’s lightbox overlay, which this deck never opens',
  appearance: 'reveal.js’s overlay button reset; Firefox 78 draws a plain button instead',
  'scrollbar-width': 'hides the phone scroll view’s scrollbar; Chromium and Safari hide it with ::-webkit-scrollbar',
  zoom: 'reveal.js resets zoom to 1 for print; Firefox ignores zoom and is at 1 anyway',
  'content-visibility': 'spares a phone laying out the scroll view’s off-screen pages at the start; without it they are laid out at once, a slower first paint',
  ':has': 'holds the scroll view’s other pages back until the page on screen is painted; without it they are laid out with it, a slower first paint',
};

function unaccepted(findings: CssFinding[]): string[] {
  return findings
    .filter((finding) => !(finding.feature in acceptedLosses))
    .map((f) => `${f.feature}: ${f.browsers.join(', ')} drop the ${f.drops} at ${f.where}`);
}

test('the built scripts use no JavaScript newer than Chromium 86, Firefox 78 and Safari 14 run (es-check)', () => {
  const scripts = [...assets('.js'), ...inlineScriptFiles(offlineHtml())];
  expect(scripts.length).toBeGreaterThan(1);
  expect(esCheckComplaints(scripts)).toBe('');
});

/**
 * Stylesheets a script carries as text (`import css from './x.css?inline'`): the speaker view's,
 * which it writes into its own window. They ship inside a chunk, so they are read at their source.
 */
function stylesheetsInScripts(): string[] {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const scripts = (readdirSync(src, { recursive: true }) as string[]).filter((file) => /\.ts$/.test(file) && !file.endsWith('.test.ts'));
  return scripts.flatMap((file) =>
    [...readFileSync(join(src, file), 'utf8').matchAll(/from '(\.[^']+\.css)\?inline'/g)].map(([, css]) => readFileSync(join(src, file, '..', css!), 'utf8')),
  );
}

test('the built stylesheets lose nothing in Chromium 86, Firefox 78 and Safari 14 but accepted refinements', () => {
  const inScripts = stylesheetsInScripts();
  expect(inScripts.length, 'the speaker view’s stylesheet').toBeGreaterThan(0);
  const stylesheets = [...assets('.css').map((file) => readFileSync(file, 'utf8')), ...inlineStyles(offlineHtml()), ...inScripts];
  expect(stylesheets.length).toBeGreaterThan(1);
  for (const css of stylesheets) expect(unaccepted(cssCompatFindings(css, floors))).toEqual([]);
});

test('the script check fails on newer syntax and features', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-es-check-'));
  const samples = {
    'logical-assignment.js': 'let a = 0; a ??= 1; export { a };', // Firefox 79
    'private-fields.js': 'export class A { #x = 1; get x() { return this.#x; } }', // Firefox 90, Safari 14.1
    'top-level-await.js': 'await Promise.resolve(); export {};', // Chromium 89
    'array-at.js': 'export const last = [1, 2].at(-1);', // Chromium 92
  };
  for (const [name, code] of Object.entries(samples)) {
    writeFileSync(join(dir, name), code);
    expect(esCheckComplaints([join(dir, name)]), name).not.toBe('');
  }
  writeFileSync(join(dir, 'fine.js'), 'export const x = a?.b ?? [1, 2].includes(2);');
  expect(esCheckComplaints([join(dir, 'fine.js')])).toBe('');
});

test('the stylesheet check fails on nesting, new selectors and at-rules, range media queries and unknown properties', () => {
  const sample = `
    .card { color: red; & .title { color: blue; } }
    .field:user-invalid { outline: 1px solid red; }
    .a:is(.b, .c) { color: red; }
    @layer base { .x { color: red; } }
    @media (width <= 435px) { .y { color: red; } }
    .z { inset: 0; aspect-ratio: 16 / 9; colour: red; }
    .fine:hover::before, .fine:first-child { margin: min(1px, 2vw); }`;
  const found = unaccepted(cssCompatFindings(sample, floors)).join('\n');
  for (const feature of ['&:', ':user-invalid:', ':is:', '@layer:', '@media range syntax:', 'inset:', 'aspect-ratio:', 'colour (unknown to MDN):']) {
    expect(found).toContain(feature);
  }
  expect(found).not.toContain('.fine');
  // Chromium 86 knows :is() not at all, Firefox 78 and Safari 14 do; nesting is lost in all three.
  expect(found).toMatch(/^:is: chrome 86 drop the rule/m);
  expect(found).toMatch(/^&: chrome 86, firefox 78, safari 14 drop the rule/m);
});
