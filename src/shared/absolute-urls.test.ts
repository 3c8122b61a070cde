import { describe, expect, it } from 'vitest';
import { withAbsoluteUrls } from './absolute-urls.ts';

describe('withAbsoluteUrls', () => {
  const base = 'http://intranet.example/deck/index.html#/pillar-1';

  it('resolves relative and root-relative addresses, quoted or not, against the deck’s address', () => {
    const css = `@font-face { src: url(./assets/a.woff2) format("woff2"), url('/fonts/b.woff2'); } .x { background: url("img/c.png") }`;
    expect(withAbsoluteUrls(css, base)).toBe(
      `@font-face { src: url(http://intranet.example/deck/assets/a.woff2) format("woff2"), url('http://intranet.example/fonts/b.woff2'); } .x { background: url("http://intranet.example/deck/img/c.png") }`,
    );
  });

  it('leaves data:, absolute and fragment addresses, and text without url(), as they are', () => {
    const css = `.a { background: url(data:image/png;base64,AAAA) } .b { src: url("https://x.example/f.woff2") } .c { filter: url(#blur) } .d { color: red }`;
    expect(withAbsoluteUrls(css, base)).toBe(css);
  });

  it('resolves against a file:// deck (offline.html from a stick)', () => {
    expect(withAbsoluteUrls('url(a.woff2)', 'file:///E:/deck/offline.html')).toBe('url(file:///E:/deck/a.woff2)');
  });
});
