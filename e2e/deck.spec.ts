import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './shared-context.ts';
import { outline } from '../slides/outline.ts';
import { headlineOf, pillars, slideIdsInOrder, speechAsShown } from './content.ts';
import { currentSlideId, expectSlide, expectWebFont, openDeck, searchFor, visitDeck, watchPage } from './deck-page.ts';
import { deckIsReady } from '../tools/deck-ready.ts';
import { serveStatic } from '../tools/static-server.ts';

const speechLines = readFileSync(new URL('../slides/speech.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const lastId = slideIdsInOrder[slideIdsInOrder.length - 1]!;

test('has a cover, opening, overview, four vertical stacks of four and a closing slide', async ({ page }) => {
  await openDeck(page);
  const stacks = await page.$$eval('.reveal .slides > section.stack', (els) =>
    els.map((el) => ({ top: el.children[0]!.id, count: el.querySelectorAll(':scope > section').length })),
  );
  expect(stacks).toHaveLength(4);
  expect(stacks).toEqual(pillars.map((p) => ({ top: p.id, count: 1 + p.measures.length })));
  const horizontal = await page.$$eval('.reveal .slides > section', (els) => els.map((el) => el.id || el.getAttribute('data-stack')));
  expect(horizontal).toEqual(outline.slides.map((s) => s.id));
  const kinds = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => el.getAttribute('data-kind')));
  expect(kinds.slice(0, 3)).toEqual(['cover', 'opening', 'overview']);
  expect(kinds[kinds.length - 1]).toBe('closing');
  expect(await page.evaluate(() => window.deck.getTotalSlides())).toBe(slideIdsInOrder.length);
  await expect(page).toHaveTitle(speechLines[0]!);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
});

test('→ and a clicker step through every slide; ↓ ↑ move within a stack; Home and End', async ({ page }) => {
  await openDeck(page);
  // → walks the whole deck in order, measures included, as does a clicker's PageDown and Space.
  for (const [i, key] of ['ArrowRight', 'PageDown', 'Space'].entries()) {
    await page.keyboard.press(key);
    await expectSlide(page, slideIdsInOrder[i + 1]!);
  }
  await expectSlide(page, 'pillar-1');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'pillar-1-1');
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 'pillar-1');
  await page.keyboard.press('ArrowDown');
  await expectSlide(page, 'pillar-1-1');
  await page.keyboard.press('PageDown');
  await expectSlide(page, 'pillar-1-2');
  await page.keyboard.press('Space');
  await expectSlide(page, 'pillar-1-3');
  // From the bottom of a stack, "next" goes on to the next pillar, and "previous" comes back.
  await page.keyboard.press('PageDown');
  await expectSlide(page, 'pillar-2');
  await page.keyboard.press('PageUp');
  await expectSlide(page, 'pillar-1-3');
  await page.keyboard.press('ArrowUp');
  await expectSlide(page, 'pillar-1-2');
  await page.keyboard.press('End');
  await expectSlide(page, lastId);
  await page.keyboard.press('Home');
  await expectSlide(page, slideIdsInOrder[0]!);
  expect(await page.evaluate(() => window.deck.getIndices())).toMatchObject({ h: 0, v: 0 });
});

test('#/<id> deep-links to that slide, numbered page / pages for the audience', async ({ page }) => {
  await openDeck(page, '#/pillar-3-2');
  await expectSlide(page, 'pillar-3-2');
  expect(await page.evaluate(() => window.deck.getIndices())).toMatchObject({ h: 5, v: 2 });
  const pageNumber = slideIdsInOrder.indexOf('pillar-3-2') + 1;
  await expect.poll(() => page.locator('.slide-number').innerText()).toMatch(new RegExp(`^\\s*${pageNumber}\\s*/\\s*${slideIdsInOrder.length}\\s*$`));
  await expect(page.locator('.slide-number')).toHaveAttribute('aria-label', `第 ${pageNumber} 页，共 ${slideIdsInOrder.length} 页`);
  await expect(page.locator('#pillar-3-2')).toContainText(headlineOf('pillar-3-2'));
});

test('every slide id is a deep link to its slide: opened afresh, and followed in an open deck', async ({ page }) => {
  // A fresh load for the first slide, a pillar, a late measure and the last (the links once found
  // broken); every id as a link followed in the open deck, which reads it as a fresh load does
  // (reveal.js's readURL). Every id afresh: the engines suite, in Firefox and WebKit.
  for (const id of ['cover', 'pillar-3', 'pillar-4-3', lastId]) {
    await visitDeck(page, `#/${id}`);
    await expectSlide(page, id);
  }
  // Followed one after another, as fast as the page takes them: a link followed while reveal.js's
  // late address write is pending is kept (src/deck/followed-link.ts).
  for (const id of [...slideIdsInOrder].reverse()) {
    await page.evaluate((hash) => (window.location.hash = hash), `#/${id}`);
    await expectSlide(page, id);
  }
});

test('the overview card links into its pillar stack', async ({ page }) => {
  await openDeck(page, '#/overview');
  await page.locator('#overview a[href="#/pillar-4"]').click();
  await expectSlide(page, 'pillar-4');
});

test('Esc and O open the slide overview', async ({ page }) => {
  await openDeck(page, '#/pillar-2');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(true);
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  await page.keyboard.press('o');
  await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(false);
  expect(await currentSlideId(page)).toBe('pillar-2');
});

test('the built page holds every slide and the whole speech without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('./');
  const notes = (await page.$$eval('aside.notes', (els) => els.map((el) => el.textContent ?? ''))).join('');
  expect(notes).toBe(speechAsShown());
  await expect(page.locator(`#${lastId}`)).toContainText(headlineOf(lastId));
  await context.close();
});

test('slide text is rendered with the web font Noto Serif SC, at every weight the theme uses', async ({ page }) => {
  await openDeck(page, '#/pillar-1');
  // The heading is set in the heavy weight, the quotation in the regular one.
  await expectWebFont(page, ['#pillar-1 .pillar__heading', '#pillar-1 .pillar__quote']);
});

test('Ctrl+Shift+F searches the slides and jumps to the match', async ({ page }) => {
  await openDeck(page);
  await searchFor(page, headlineOf('pillar-4-3'), 'pillar-4-3');
});

test('a search marks the whole match, though it spans several phrases of the slide text', async ({ page }) => {
  await openDeck(page);
  const query = '理论认同、情感认同，真正把马克思主义';
  await searchFor(page, query, 'pillar-1');
  const marked = await page.$$eval('#pillar-1 .frame mark.deck-search__hit', (marks) => marks.map((m) => m.textContent).join(''));
  expect(marked).toBe(query);
});

test('dist/ works from a sub-path of a static server', async ({ page }) => {
  const server = await serveStatic(fileURLToPath(new URL('../dist/', import.meta.url)), '/meetings/2023/deck/');
  try {
    const origin = new URL(server.url).origin;
    const watched = watchPage(page, origin);
    await page.goto(`${origin}/meetings/2023/deck/#/pillar-1`);
    await page.waitForFunction(deckIsReady);
    await expectSlide(page, 'pillar-1');
    await page.evaluate(() => document.fonts.ready);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  } finally {
    await server.close();
  }
});
