/**
 * The slide reveal.js shows first, before it has started: the one the address names — by id
 * (`#/pillar-2`) or by position (`#/3/1`) — else the first. Its text is what the first paint needs
 * the fonts for (wait-for-fonts.ts).
 */
export function slideShownFirst(slides: ParentNode, hash: string): Element | undefined {
  const stacks = [...slides.querySelectorAll(':scope > section')];
  const leaf = (section: Element | undefined, v = 0): Element | undefined =>
    section?.querySelector(':scope > section') ? section.querySelectorAll(':scope > section')[v] : section;
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length > 0 && /^\d+$/.test(parts[0]!)) return leaf(stacks[Number(parts[0])], Number(parts[1] ?? 0)) ?? leaf(stacks[0]);
  const named = parts[0] === undefined ? undefined : [...slides.querySelectorAll('section')].find((s) => s.id === parts[0]);
  return leaf(named) ?? leaf(stacks[0]);
}

/** What a slide shows (its frame), without its speaker notes. */
export function shownText(slide: Element | undefined): string {
  return slide?.querySelector('.frame')?.textContent ?? '';
}
