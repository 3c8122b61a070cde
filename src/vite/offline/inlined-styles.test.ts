import { describe, expect, it } from 'vitest';
import { replaceCss } from 'vite-plugin-singlefile';
import { withPlainStyleTags } from './inlined-styles.ts';

describe('the single file’s inlined <style> elements', () => {
  it('lose the stylesheet link’s rel and crossorigin, as vite-plugin-singlefile inlines it', () => {
    const page = '<head><link rel="stylesheet" crossorigin href="./assets/index-1.css"></head>';
    const inlined = replaceCss(page, 'assets/index-1.css', 'p{color:red}');
    expect(inlined).toContain('<style rel="stylesheet" crossorigin>');
    expect(withPlainStyleTags(inlined)).toBe('<head><style>p{color:red}</style></head>');
  });

  it('drop those attributes in any spelling, and keep the ones <style> takes', () => {
    expect(withPlainStyleTags(`<STYLE media="print" REL='stylesheet' crossorigin="anonymous" title=x>`)).toBe('<STYLE media="print" title=x>');
    expect(withPlainStyleTags('<style crossorigin rel=stylesheet>a{}</style>')).toBe('<style>a{}</style>');
  });

  it('leave every other element, and attributes that only start alike, alone', () => {
    const html = '<link rel="preload" href="a.woff2" as="font" crossorigin=""><style data-rel="x" relative>p{}</style><style>q{}</style>';
    expect(withPlainStyleTags(html)).toBe(html);
  });
});
