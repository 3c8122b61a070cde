import { expect, test } from './shared-context.ts';
import { openDeck, probeEverySlide, slideIds } from './deck-page.ts';
import { pixelsOf } from './in-page.ts';
import { layoutProbe, probeSlideLayout } from './layout-probe.ts';
import { isBandRed, measureSlideId, topEdgePoints } from './measure-band.ts';
import { probePunctuationPairs } from './punctuation-probe.ts';

const screens = [
  { name: 'full HD 16:9', width: 1920, height: 1080 },
  { name: 'old 4:3 projector', width: 1024, height: 768 },
  { name: 'phone (scroll view)', width: 390, height: 844 },
];

for (const screen of screens) {
  test.describe(`at ${screen.width}×${screen.height} (${screen.name})`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test("a measure slide's red band starts at the top edge of the screen; every slide fits, nothing overlaps, lines break by Chinese rules and only between phrases, punctuation closes up", async ({ page }) => {
      test.setTimeout(90_000);
      // Slides measured at rest, not halfway through a transition.
      await openDeck(page, `?transition=none#/${measureSlideId}`);
      await page.evaluate(() => document.fonts.ready);
      const png = (await page.screenshot()).toString('base64');
      const colours = await page.evaluate(pixelsOf, { png, points: topEdgePoints(screen.width) });
      expect(colours.filter((colour) => !isBandRed(colour)), 'paper above the band').toEqual([]);
      // Each slide as it is shown: scrolled to in the scroll view, shown by the deck in the slide view.
      const problems = await probeEverySlide(page, await slideIds(page), [
        { probe: probeSlideLayout, argFor: layoutProbe },
        { probe: probePunctuationPairs, argFor: (id) => id },
      ]);
      expect(problems).toEqual([]);
    });
  });
}

test('phones get the scroll view, screens the slide view', async ({ browser, baseURL }) => {
  for (const [width, height, scroll] of [[390, 844, true], [1024, 768, false]] as const) {
    const page = await browser.newPage({ viewport: { width, height }, baseURL: baseURL! });
    await openDeck(page);
    expect(await page.evaluate(() => document.querySelector('.reveal-viewport')!.classList.contains('reveal-scroll'))).toBe(scroll);
    await page.close();
  }
});

test('the layout probe itself catches overflow, overlap and a closing mark at a line start', async ({ page }) => {
  await openDeck(page, '#/pillar-1-1');
  expect(await page.evaluate(probeSlideLayout, layoutProbe('pillar-1-1'))).toEqual([]);
  await page.addStyleTag({
    content: `#pillar-1-1 .measure__title { font-size: 200px; }
      #pillar-1-1 .measure__points { margin-top: -60px; }
      #pillar-1-1 .measure__points li:last-child { line-break: anywhere; width: 3em; text-wrap: wrap; }`,
  });
  await page.$eval('#pillar-1-1 .measure__points li:last-child', (li) => (li.textContent = '甲乙丙，丁戊己'));
  const problems = (await page.evaluate(probeSlideLayout, layoutProbe('pillar-1-1'))).join('\n');
  expect(problems).toContain('overflows the slide');
  expect(problems).toContain('overlaps');
  expect(problems).toContain('starts with ，');
});

test('the layout probe itself catches a line break inside a phrase, and text not cut into phrases', async ({ page }) => {
  await openDeck(page, '#/pillar-1-1');
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(probeSlideLayout, layoutProbe('pillar-1-1'))).toEqual([]);
  // Undo the fix on one point, in a narrow column: the engine breaks between any two characters again.
  await page.addStyleTag({
    content: `#pillar-1-1 .measure__points li:first-child { width: 5.5em; text-wrap: wrap; }
      #pillar-1-1 .measure__points li:first-child .phrase { word-break: normal; }`,
  });
  await page.$eval('#pillar-1-1 .measure__points li:last-child', (li) => (li.textContent = li.textContent));
  const problems = (await page.evaluate(probeSlideLayout, layoutProbe('pillar-1-1'))).join('\n');
  expect(problems).toMatch(/phrase “.+” in li\. “.*” is split across 2 lines/);
  expect(problems).toContain('is not cut into phrases');
});
