/** A url(…) whose address is relative: no scheme (data:, http:, blob: …), no fragment-only #id. */
const RELATIVE_URL = /url\(\s*(['"]?)(?![a-z][a-z\d+.-]*:|#)([^'")]+)\1\s*\)/gi;

/** The stylesheet text with every relative url(…) resolved against `base`. */
export function withAbsoluteUrls(css: string, base: string): string {
  return css.replace(RELATIVE_URL, (_whole, quote: string, address: string) => `url(${quote}${new URL(address, base).href}${quote})`);
}
