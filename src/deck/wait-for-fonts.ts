/**
 * Resolves once every weight of `family` has loaded, so the first slide is painted in it and
 * never shows a fallback font first. A font that cannot load stops holding the deck back after
 * `limitMs`.
 */
export async function waitForFonts(family: string, weights: readonly number[], limitMs = 3000): Promise<void> {
  const loads = Promise.all(weights.map((weight) => document.fonts.load(`${weight} 1em "${family}"`, '中')));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((done) => (timer = setTimeout(done, limitMs)));
  await Promise.race([loads.then(() => undefined, () => undefined), limit]);
  clearTimeout(timer);
}
