import { expect, type Page } from '@playwright/test';

/** Opens the built deck (optionally at a #/<id> deep link) and waits until reveal.js is ready. */
export async function openDeck(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => window.deck?.isReady());
}

/** The current slide's id, read from the deck (the URL hash lags by up to a second). */
export function currentSlideId(page: Page): Promise<string> {
  return page.evaluate(() => window.deck.getCurrentSlide().id);
}

export async function expectSlide(page: Page, id: string): Promise<void> {
  await expect.poll(() => currentSlideId(page)).toBe(id);
}

/** Moves the deck to the slide with this id and waits until it is current. */
export async function showSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const { h, v } = window.deck.getIndices(document.getElementById(slideId)!);
    window.deck.slide(h, v);
  }, id);
  await expectSlide(page, id);
}

/** Every slide id in deck order, from the rendered markup. */
export function slideIds(page: Page): Promise<string[]> {
  return page.$$eval('.reveal .slides section[data-kind]', (sections) => sections.map((s) => s.id));
}

/** Collects console errors and uncaught exceptions, and every request that leaves the local server. */
export function watchPage(page: Page, allowedOrigin: string) {
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(allowedOrigin) && !/^(data|blob|about):/.test(url)) foreignRequests.push(url);
  });
  return { errors, foreignRequests };
}
