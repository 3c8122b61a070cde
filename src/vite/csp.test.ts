import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from './csp.ts';

const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
const page = (head: string) => `<!doctype html><html><head>\n<meta charset="utf-8" />\n${head}</head><body></body></html>`;

describe('the built pages’ Content-Security-Policy', () => {
  it('hashes each inline script exactly as shipped, and no script that has a src', () => {
    const boot = '(function () { document.documentElement.className += " deck-js"; })();';
    const module = 'import("../build/a.js");\nconsole.log("</div>")';
    const html = page(`<script>${boot}</script><script type="module" crossorigin src="./assets/index.js"></script><script type="module">${module}</script>`);
    expect(inlineScriptHashes(html)).toEqual([sha256(boot), sha256(module)]);
  });

  it('allows the deck’s own files and those scripts, no other host, no eval, no inline code but by hash', () => {
    const policy = contentSecurityPolicy(["'sha256-abc'"], { singleFile: false });
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'none'/);
  });

  it('for the single file: nothing beside it, only its inline code and data: fonts', () => {
    const policy = contentSecurityPolicy(["'sha256-abc'"], { singleFile: true });
    expect(policy).not.toContain("'self'");
    expect(policy).toContain("script-src 'sha256-abc'");
    expect(policy).toContain('font-src data:');
    expect(policy).toContain("connect-src 'none'");
  });

  it('stands right after the charset, before the scripts it governs', () => {
    const html = withContentSecurityPolicy(page('<script>1</script>'), { singleFile: true });
    const [charset, policy, script] = ['<meta charset', 'Content-Security-Policy', '<script>'].map((s) => html.indexOf(s));
    expect(charset).toBeGreaterThanOrEqual(0);
    expect(charset).toBeLessThan(policy!);
    expect(policy).toBeLessThan(script!);
    expect(html).toContain(sha256('1'));
  });

  it('says so when a page has no head to carry it', () => {
    expect(() => withContentSecurityPolicy('<p>no head</p>', { singleFile: false })).toThrow(/no <head>/);
  });
});
