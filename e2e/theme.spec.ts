import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { slideIdsInOrder } from './content.ts';
import { openDeck, showSlide, slideIds } from './deck-page.ts';
import { contrast } from './contrast.ts';
import { pixelsOf } from './in-page.ts';

/** In the page: each text of the current slide, its colour, what lies behind it, and the contrast WCAG AA asks of it. */
function contrastFindings(slideId: string) {
  const parse = (css: string) =>
    [...css.matchAll(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/g)].map((m) => ({
      rgb: [Number(m[1]), Number(m[2]), Number(m[3])] as const,
      alpha: m[4] === undefined ? 1 : Number(m[4]),
    }));
  const slide = document.getElementById(slideId)!;
  // What lies behind the slide: reveal.js's background layer (colour and every gradient stop) or the page.
  const ground = window.deck.getSlideBackground(slide) ?? document.querySelector('.reveal-viewport')!;
  const groundStyle = getComputedStyle(ground);
  const groundColours = [...parse(groundStyle.backgroundColor), ...parse(groundStyle.backgroundImage)]
    .filter((c) => c.alpha > 0)
    .map((c) => c.rgb);
  if (groundColours.length === 0) groundColours.push(parse(getComputedStyle(document.querySelector('.reveal-viewport')!).backgroundColor)[0]!.rgb);

  const findings: { text: string; colour: readonly number[]; backgrounds: (readonly number[])[]; required: number }[] = [];
  for (const el of slide.querySelectorAll<HTMLElement>('.frame *')) {
    const ownText = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    if (!ownText) continue;
    const style = getComputedStyle(el);
    const colour = parse(style.color)[0]!.rgb;
    let backgrounds: (readonly number[])[] = groundColours;
    for (let node: HTMLElement | null = el; node && node !== slide; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor)[0];
      if (bg && bg.alpha === 1) {
        backgrounds = [bg.rgb];
        break;
      }
    }
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    findings.push({ text: ownText.slice(0, 12), colour, backgrounds, required: large ? 3 : 4.5 });
  }
  return findings;
}

test('keyboard focus on an overview card is clearly visible', async ({ page }) => {
  await openDeck(page, '#/overview');
  let focused = '';
  for (let i = 0; i < 15 && !focused.includes('overview__link'); i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.className ?? '');
  }
  expect(focused).toContain('overview__link');
  const ring = await page.evaluate(() => {
    const el = document.activeElement!;
    const style = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.visible).toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(3);
});

/** axe's serious and critical findings on what the page shows now (within `include`, a selector, if given), one line each. */
async function seriousViolations(page: Page, where: string, include?: string): Promise<string[]> {
  // axe.run in the page itself (legacy mode: no blank page per run to merge the frames' results in;
  // the deck has no frame from another origin, the one thing it would leave out), reporting
  // violations in full and sparing the passes' details: the same rules, a fraction of the time.
  const axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  const results = await (include ? axe.include(include) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any[0]?.message ?? n.failureSummary})`).join(', ')}`);
}

test('axe finds nothing serious or critical in the reading view with its notes shown', async ({ page }) => {
  await openDeck(page, '?view=scroll');
  await page.locator('.reading-notes-toggle').click();
  await expect(page.locator('.reading-document__notes').first()).toBeVisible();
  expect(await seriousViolations(page, 'reading view')).toEqual([]);
});

test('axe finds nothing serious or critical in the speaker view and its cue script', async ({ page }) => {
  await openDeck(page, '#/pillar-2-2');
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await speaker.setViewportSize({ width: 1280, height: 800 });
  await expect(speaker.locator('.speaker__notes')).toBeVisible();
  const found = await seriousViolations(speaker, 'speaker view');
  await speaker.locator('.speaker__cue-toggle').click();
  await expect(speaker.locator('.cue-script')).toBeVisible();
  found.push(...(await seriousViolations(speaker, 'cue script')));
  expect(found).toEqual([]);
});

/**
 * One walk over every slide at rest (no transition): its text against its ground (WCAG AA), the
 * ground itself on screen, and axe on the first slide of each kind.
 */
test('every slide at rest: all text meets WCAG AA contrast against its background; paper behind the overview and body slides, red behind the cover, pillars and closing; axe finds nothing serious or critical on a slide of each kind or in the overview', async ({ page }) => {
  test.setTimeout(240_000);
  // No transition: axe and the screenshot must see the slide at rest, not halfway across the screen.
  await openDeck(page, '?transition=none&backgroundTransition=none');
  const ids = await slideIds(page);
  expect(ids).toEqual(slideIdsInOrder);
  const failures: string[] = [];
  const wrongGround: string[] = [];
  const found: string[] = [];
  const axeKinds = new Set<string>();
  let checked = 0;
  for (const id of ids) {
    await showSlide(page, id);
    for (const f of await page.evaluate(contrastFindings, id)) {
      checked++;
      const ratio = Math.min(...f.backgrounds.map((bg) => contrast(f.colour, bg)));
      if (ratio < f.required) failures.push(`${id}: “${f.text}” ${ratio.toFixed(2)}:1 < ${f.required}:1`);
    }
    // The slide's ground is drawn in the frame after the move: wait for two, not a fixed time.
    await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
    const accent = await page.evaluate((slideId) => document.getElementById(slideId)!.dataset.state === 'ground-accent', id);
    // The left edge, halfway down: ground only, on every kind (a measure's red band is at the top).
    const png = (await page.screenshot({ clip: { x: 0, y: 350, width: 12, height: 20 } })).toString('base64');
    const points: [number, number][] = [[6, 10]];
    const [r, g, b] = (await page.evaluate(pixelsOf, { png, points }))[0]!;
    const red = r! > 120 && g! < 60 && b! < 70;
    const paper = r! > 230 && g! > 225 && b! > 210;
    if (accent ? !red : !paper) wrongGround.push(`${id}: rgb(${r}, ${g}, ${b}) where ${accent ? 'red' : 'paper'} belongs`);
    // axe on the first slide of each kind, the slide alone: slides of a kind share their markup and
    // colours (the contrast of every slide's text is measured above); the page's own rules (its
    // language, title, landmarks) are checked once, on the overview below.
    const kind = await page.evaluate((slideId) => document.getElementById(slideId)!.dataset.kind!, id);
    if (!axeKinds.has(kind)) {
      axeKinds.add(kind);
      found.push(...(await seriousViolations(page, id, `#${id}`)));
    }
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(true);
  found.push(...(await seriousViolations(page, 'overview')));
  expect(checked).toBeGreaterThan(60);
  expect([...axeKinds].sort()).toEqual(['closing', 'cover', 'measure', 'opening', 'overview', 'pillar']);
  expect(failures).toEqual([]);
  expect(wrongGround).toEqual([]);
  expect(found).toEqual([]);
});
