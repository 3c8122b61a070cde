import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckStylesheet } from './export.ts';

/** A dist/ folder whose index.html is `html`. */
function dist(html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  writeFileSync(join(dir, 'index.html'), html);
  return dir;
}

describe('deckStylesheet: what the paper documents link, read from the built page', () => {
  it('is the href of the stylesheet link, whatever the order of its attributes', async () => {
    const html = '<head><link rel="icon" href="data:,"><link crossorigin href="./assets/style-AbC1.css" rel="stylesheet"></head>';
    expect(await deckStylesheet(dist(html))).toBe('./assets/style-AbC1.css');
  });

  it('fails naming the page and the fix when the page links none', async () => {
    await expect(deckStylesheet(dist('<head><style>p{}</style></head>'))).rejects.toThrow('dist/index.html links no stylesheet: rebuild the deck (npm run build)');
  });
});
