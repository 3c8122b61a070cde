import { expect, test } from './shared-context.ts';
import { strings } from '../src/strings.ts';
import { slideIdsInOrder } from './content.ts';
import { currentSlideId, openDeck, watchPage } from './deck-page.ts';
import { plannedSeconds } from './plans.ts';

/** Deep links and settings that make no sense: the deck starts anyway, on sensible defaults, with no page error. */
const timings = (page: import('@playwright/test').Page) =>
  page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => Number(el.getAttribute('data-timing'))));
const defaultPlan = plannedSeconds[200];

test('a deep link to no slide opens the deck at its first slide, or the nearest one', async ({ page, baseURL }) => {
  const watched = watchPage(page, new URL(baseURL!).origin);
  await openDeck(page, '#/no-such-slide');
  expect(await currentSlideId(page)).toBe(slideIdsInOrder[0]);
  await page.goto('about:blank');
  await openDeck(page, '#/99/99');
  expect(slideIdsInOrder).toContain(await currentSlideId(page));
  expect(watched.errors).toEqual([]);
});

test('a nonsense ?minutes or ?rate is ignored: the plan stays at the default rate', async ({ page, baseURL }) => {
  const watched = watchPage(page, new URL(baseURL!).origin);
  for (const query of ['?minutes=-5', '?minutes=abc', '?rate=1e308', '?rate=99999999999', '?rate=-1&minutes=0']) {
    await page.goto('about:blank');
    await openDeck(page, query);
    expect(await timings(page), query).toEqual(defaultPlan);
  }
  expect(watched.errors).toEqual([]);
});

test('search takes any text a person can type, literally; with no match it says so in Chinese', async ({ page, baseURL }) => {
  const watched = watchPage(page, new URL(baseURL!).origin);
  await openDeck(page);
  await page.keyboard.press('Control+Shift+F');
  const input = page.locator('.deck-search__input');
  for (const query of ['(', '[', '\\', 'a+b?', '.*', '$&', '不存在的提法']) {
    await input.fill(query);
    await input.press('Enter');
    await expect(page.locator('.deck-search__status'), query).toHaveText(strings.searchNoMatch(query));
  }
  expect(await currentSlideId(page)).toBe(slideIdsInOrder[0]);
  expect(watched.errors).toEqual([]);
});
