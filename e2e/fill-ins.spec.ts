import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { build } from 'vite';
import { values as fixtureValues } from './fixtures/fill-in-values.ts';
import { fillInPlaces } from '../src/outline/fill-in-checks.ts';
import { serveStatic } from '../tools/static-server.ts';
import { model } from './content.ts';
import { expectSlide, expectWebFont, openDeck, showSlide, watchPage } from './deck-page.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const places = fillInPlaces(model.outline);

/** What every fill-in element on the page says about itself. */
function fillInElements(page: Page) {
  return page.$$eval('[data-fill-in]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-fill-in')!,
      open: el.classList.contains('fill-in--open'),
      label: el.getAttribute('aria-label'),
      text: el.textContent ?? '',
      underline: getComputedStyle(el).textDecorationLine,
      slide: el.closest('section[data-kind]')!.id,
      inNotes: el.closest('aside.notes') !== null,
    })),
  );
}

/** Every slide's text, visible or in its notes, from the deck as shown. */
const allSlideText = (page: Page) => page.$eval('.reveal .slides', (el) => el.textContent ?? '');

test.describe('the committed deck (slides/fill-ins.ts)', () => {
  test('shows no asterisk on any slide; each blank is an underlined, labelled gap or its value', async ({ page }) => {
    await openDeck(page);
    // Every slide's text and notes, and everything else the page shows (controls, numbers).
    expect(await allSlideText(page)).not.toContain('*');
    expect(await page.locator('body').innerText()).not.toContain('*');
    const elements = await fillInElements(page);
    // One element per place the outline uses a fill-in: in slides and notes alike.
    expect(elements.map((e) => `${e.slide}/${e.id}`)).toEqual(places.map((p) => `${p.slide}/${p.id}`));
    for (const element of elements) {
      const fillIn = model.fillIns.get(element.id)!;
      if (fillIn.value === undefined) {
        expect(element.open, element.id).toBe(true);
        expect(element.label).toBe(`待填写：${fillIn.description}`);
        expect(element.text).toMatch(/^\u3000{2,}$/);
        expect(element.underline).toContain('underline');
      } else {
        expect(element.text).toBe(fillIn.value);
      }
    }
  });

  test('an open blank is a visible gap on the slide, as wide as two characters or more', async ({ page }) => {
    const open = places.find((p) => p.field !== 'notes' && model.fillIns.get(p.id)!.value === undefined);
    test.skip(!open, 'every blank shown on a slide is filled');
    await openDeck(page, `#/${open!.slide}`);
    const gap = page.locator(`#${open!.slide} > .frame [data-fill-in="${open!.id}"]`).first();
    await expect(gap).toBeVisible();
    const { width, fontSize } = await gap.evaluate((el) => ({ width: el.getBoundingClientRect().width, fontSize: parseFloat(getComputedStyle(el).fontSize) }));
    const scale = await page.evaluate(() => window.deck.getScale());
    expect(width / scale).toBeGreaterThanOrEqual(2 * fontSize - 1);
  });

  test('search takes ** and a blank’s description without an error', async ({ page, baseURL }) => {
    const watched = watchPage(page, new URL(baseURL!).origin);
    await openDeck(page);
    await page.keyboard.press('Control+Shift+F');
    const input = page.locator('.deck-search__input');
    await expect(input).toHaveAttribute('placeholder', /搜索/);
    await input.fill('**');
    await input.press('Enter');
    await expect(page.locator('.deck-search__status')).toHaveText('未找到“**”');

    const open = [...model.fillIns.values()].find((f) => f.value === undefined);
    if (open) {
      // The first slide that shows (or speaks) the blank is where its description leads.
      const first = places.find((p) => p.id === open.id)!;
      await input.fill(open.description);
      await input.press('Enter');
      await expectSlide(page, first.slide);
    }
    expect(watched.errors).toEqual([]);
  });
});

test('a strict build fails while a blank is open, naming it', async () => {
  const open = [...model.fillIns.values()].filter((f) => f.value === undefined);
  test.skip(open.length === 0, 'every blank is filled in slides/fill-ins.ts');
  process.env.DECK_STRICT = '1';
  try {
    const outDir = mkdtempSync(join(tmpdir(), 'deck-strict-'));
    const attempt = build({ root: projectRoot, logLevel: 'silent', build: { outDir, write: false } });
    await expect(attempt).rejects.toThrow(`${open.length} of ${model.fillIns.size} blanks are not filled`);
    await expect(attempt).rejects.toThrow(`${open[0]!.id} — ${open[0]!.description}`);
  } finally {
    delete process.env.DECK_STRICT;
  }
});

test.describe('a deck built with every blank filled (DECK_FILL_INS)', () => {
  test.describe.configure({ mode: 'serial' });
  let server: { url: string; close: () => Promise<void> };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const outDir = mkdtempSync(join(tmpdir(), 'deck-filled-'));
    // Strict too: with every blank filled, `npm run build -- --strict` must pass.
    process.env.DECK_FILL_INS = 'e2e/fixtures/fill-in-values.ts';
    process.env.DECK_STRICT = '1';
    try {
      await build({ root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      delete process.env.DECK_FILL_INS;
      delete process.env.DECK_STRICT;
    }
    server = await serveStatic(outDir);
  });

  test.afterAll(async () => {
    await server?.close();
  });

  test('shows each value in the slides and the notes, and no asterisk or gap anywhere', async ({ page }) => {
    await page.goto(`${server.url}#/pillar-4-1`);
    await page.waitForFunction(deckIsReady);
    await expect(page.locator('#pillar-4-1 > .frame')).toContainText(`全市新登记经营主体${fixtureValues.newEntities}万户，各类市场主体达${fixtureValues.allEntities}万户`);
    await expect(page.locator('#pillar-4-1 aside.notes')).toContainText(`截至${fixtureValues.asOfMonth}月末`);
    expect(await allSlideText(page)).not.toContain('*');
    await expect(page.locator('.fill-in--open')).toHaveCount(0);
    for (const element of await fillInElements(page)) {
      expect(element.text, element.id).toBe(String(fixtureValues[element.id as keyof typeof fixtureValues]));
    }
    // A value's characters are in the subset fonts, drawn with the web font.
    await showSlide(page, 'opening');
    await expectWebFont(page, ['#opening [data-fill-in="region"]']);
  });

  test('the speaker view shows the values in the notes', async ({ page }) => {
    await page.goto(`${server.url}#/cover`);
    await page.waitForFunction(deckIsReady);
    const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = speakerView.locator('.speaker__notes');
    await expect(notes).toContainText(`尊敬的${fixtureValues.groupLeader}组长`);
    await page.keyboard.press('ArrowRight');
    await expect(notes).toContainText(`加快建设美丽新${fixtureValues.region}的生动实践`);
    await expect(notes).not.toContainText('*');
  });
});
