/**
 * Resolves once each weight of `family` has loaded the glyphs `text` needs (the first slide's
 * text: its fonts are small and preloaded), so the first slide is painted in it and never shows a
 * fallback font first. A font that cannot load stops holding the deck back after `limitMs`.
 */
export async function waitForFonts(family: string, weights: readonly number[], text: string, limitMs = 3000): Promise<void> {
  const sample = text.trim() === '' ? '中' : text;
  const loads = Promise.all(weights.map((weight) => document.fonts.load(`${weight} 1em "${family}"`, sample)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((done) => (timer = setTimeout(done, limitMs)));
  await Promise.race([loads.then(() => undefined, () => undefined), limit]);
  clearTimeout(timer);
}
