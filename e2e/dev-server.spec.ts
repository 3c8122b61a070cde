import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './shared-context.ts';
import { createServer, type ViteDevServer } from 'vite';
import { fontWeights } from '../src/theme/font-weights.ts';
import { expectWebFont } from './deck-page.ts';
import { measurePairWidths, punctuationPairs, roundWidths, trimmedWidth } from './punctuation-pairs.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

const projectRoot = resolve(import.meta.dirname, '..');

/** `npm start` in a scratch copy of the project, so the test can edit slides/ freely. */
async function startDevServer(): Promise<{ server: ViteDevServer; root: string }> {
  const root = mkdtempSync(join(tmpdir(), 'deck-dev-'));
  for (const entry of ['index.html', 'vite.config.ts', 'src', 'slides', 'public']) {
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  await server.listen();
  return { server, root };
}

// One dev server for both (its start and first transforms cost seconds of CPU): the fonts first,
// then the edit, which changes the copy's slides/.
test.describe('the dev server', () => {
  test.describe.configure({ mode: 'serial' });
  let dev: { server: ViteDevServer; root: string };
  test.beforeAll(async () => {
    dev = await startDevServer();
  });
  test.afterAll(async () => {
    await dev?.server.close();
  });

  test('sets the deck in the whole Noto Serif SC, punctuation closed up as in the build', async ({ page }) => {
    test.setTimeout(60_000);
    const { server } = dev;
    const fonts: string[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'font') fonts.push(`${res.status()} ${new URL(res.url()).pathname}`);
    });
    await page.goto(server.resolvedUrls!.local[0]! + '#/pillar-1');
    await page.waitForFunction(deckIsReady);
    await expectWebFont(page, ['#pillar-1 .pillar__heading', '#pillar-1 .pillar__quote']);
    // The very files the build cuts its subsets from, one per weight: every glyph an edit may add.
    expect(fonts.sort()).toEqual(fontWeights.map((w) => expect.stringMatching(new RegExp(`^200 /@deck-fonts/.+/NotoSerifSC_${w}\\w+\\.ttf$`))));

    const pairs = punctuationPairs(readFileSync(join(projectRoot, 'slides/speech.txt'), 'utf8'));
    const { widths } = await page.evaluate(measurePairWidths, { pairs, weights: [...fontWeights] });
    const expected = Object.fromEntries(pairs.map((pair) => [pair, trimmedWidth(pair)]));
    for (const weight of fontWeights) expect(roundWidths(widths[weight]!), `weight ${weight}`).toEqual(expected);
  });

  test('reloads the deck when slides/ changes', async ({ page }) => {
    test.setTimeout(60_000);
    const { server, root } = dev;
    await page.goto(server.resolvedUrls!.local[0]! + '#/pillar-1-1');
    await page.waitForFunction(deckIsReady);
    const point = page.locator('#pillar-1-1 .measure__points li').first();
    await expect(point).toHaveText('坚持“第一议题”制度和“双随机”学习交流机制');

    // Quote a different (still verbatim) phrase on that slide.
    const outlineFile = join(root, 'slides/outline.ts');
    const source = readFileSync(outlineFile, 'utf8');
    writeFileSync(outlineFile, source.replace("'坚持“第一议题”制度和“双随机”学习交流机制'", "'结合市场监管工作实际列出专题'"));
    await expect(point).toHaveText('结合市场监管工作实际列出专题', { timeout: 20_000 });
  });
});
