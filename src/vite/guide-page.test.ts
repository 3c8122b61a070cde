import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideSource } from '../shared/guide.ts';
import { guidePage } from './guide-page.ts';

describe('the presenter’s guide page', () => {
  it('renders the whole guide: its title, every heading and table, in Chinese, and lets nothing else in', () => {
    const markdown = readFileSync(guideSource, 'utf8');
    const page = guidePage(markdown);
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>演示指南</title>');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`);
    for (const heading of markdown.match(/^#{1,3} .+$/gm)!) expect(page).toContain(`${heading.replace(/^#+ /, '')}</h`);
    expect((page.match(/<table>/g) ?? []).length).toBe((markdown.match(/^\| ---/gm) ?? []).length);
    expect(page).not.toMatch(/<script|\ssrc=|<link/);
  });

  it('escapes raw HTML in the Markdown, and names the file when the title is missing', () => {
    expect(guidePage('# 指南\n\n<script>alert(1)</script>\n')).toContain('&lt;script&gt;');
    expect(() => guidePage('没有标题')).toThrow('docs/演示指南.md: the guide has no title');
  });
});
