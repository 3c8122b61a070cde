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
    for (const heading of markdown.match(/^#{1,3} .+$/gm)!) expect(page.replaceAll('<wbr>', '')).toContain(`${heading.replace(/^#+ /, '')}</h`);
    expect((page.match(/<table>/g) ?? []).length).toBe((markdown.match(/^\| ---/gm) ?? []).length);
    expect(page).not.toMatch(/<script|\ssrc=|<link/);
  });

  it('joins a Chinese paragraph’s lines without a space, and keeps the space before Latin text', () => {
    expect(guidePage('# 指南\n\n准备、\n放映。\n按 `F5`\n开始。\n')).toContain('<p>准备、放映。按 <code>F5</code>\n开始。</p>');
  });

  it('lets lines break between Chinese words only: a <wbr> between words, none inside a word, a code span or an entity', () => {
    const page = guidePage('# 指南\n\n说明会前如何准备和出现问题如何处理，用 `npm run 打包` 与 "引号"。\n');
    expect(page).toContain('处理');
    expect(page).not.toMatch(/处<wbr>理|准<wbr>备|打<wbr>包/);
    expect(page).toMatch(/如何<wbr>处理/);
    expect(page).toContain('&quot;引号&quot;');
    expect(page).toContain('word-break: keep-all');
  });

  it('escapes raw HTML in the Markdown, and names the file when the title is missing', () => {
    expect(guidePage('# 指南\n\n<script>alert(1)</script>\n')).toContain('&lt;script&gt;');
    expect(() => guidePage('没有标题')).toThrow('docs/演示指南.md: the guide has no title');
  });
});
