import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenDeclarations, tokensCss } from './tokens-css.ts';
import { colours, phone, sizes } from './tokens.ts';

const themeDir = new URL('.', import.meta.url).pathname;
const stylesheets = readdirSync(themeDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => ({ file, css: readFileSync(join(themeDir, file), 'utf8') }));

describe('the tokens as CSS variables', () => {
  const declared = new Set([
    ...tokenDeclarations().map(([name]) => name),
    ...stylesheets.flatMap(({ css }) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!)),
  ]);

  it('define every --deck- variable a stylesheet of the theme uses', () => {
    const used = stylesheets.flatMap(({ file, css }) => [...css.matchAll(/var\((--deck-[\w-]+)/g)].map((m) => `${m[1]} (${file})`));
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((use) => !declared.has(use.split(' ')[0]!))).toEqual([]);
  });

  it('leave no colour or size of the palette to a stylesheet: the theme has no hex colour of its own', () => {
    const hexes = stylesheets.flatMap(({ file, css }) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/#[0-9a-f]{3,8}\b/gi)].map((m) => `${m[0]} (${file})`));
    expect(hexes).toEqual([]);
  });

  it('hold each token once on :root, and the phone sizes under the phone query', () => {
    const css = tokensCss();
    const [screen, phoneBlock] = css.split('@media');
    expect(screen).toContain(`--deck-red-deep: ${colours.redDeep};`);
    expect(screen).toContain(`--deck-size-overview-ordinal: ${sizes.overviewOrdinal}px;`);
    expect(screen).toContain(`--deck-font: 'Noto Serif SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'STSong', 'SimSun', serif;`);
    expect(phoneBlock).toMatch(/^ \(max-width: 435px\) \{\n {2}:root \{/);
    expect(phoneBlock).toContain(`--deck-size-title: ${phone.sizes.title}px;`);
    expect(phoneBlock).toContain(`--deck-pad-x: ${phone.spacing.padX}px;`);
    const names = tokenDeclarations().map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });
});
