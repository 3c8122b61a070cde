import { describe, expect, it } from 'vitest';
import { characterSet, cssContentText, decodeEntities, htmlText, printableAscii } from './charset.ts';
import { isLabel, stringLiterals } from './deck-text.ts';
import { uncoveredCharacters } from './plugin.ts';

describe('the characters a page shows', () => {
  it('are its element text with entities decoded, without tags, scripts, styles or comments', () => {
    const html = '<p title="属性">甲&amp;乙&#x4E19;&#19969;&nbsp;</p><script>var 隐 = 1;</script><style>p{}</style><!-- 注 -->';
    expect(htmlText(html)).toContain('甲&乙丙丁\u00a0');
    expect(characterSet(htmlText(html))).not.toMatch(/[属隐注]/u);
  });

  it('leave unknown entities as they are', () => {
    expect(decodeEntities('&bogus; &lt;')).toBe('&bogus; <');
  });

  it('include CSS generated content, escapes decoded', () => {
    expect(cssContentText(`q::before { content: '“'; } .x::after { content: "\\300D" attr(x) "—"; }`)).toBe('“」—');
  });

  it('include string literals of our code, not its comments', () => {
    const code = `// don't show 注释\nconst label = '帮助';\n/* 块 */ const t = \`提示\`;`;
    expect(stringLiterals(code)).toBe('帮助提示');
  });

  it('are unique, sorted, and drop control characters', () => {
    expect(characterSet('甲乙\n\t甲', 'a')).toBe('a乙甲'); // U+4E59 before U+7532
    expect(characterSet('甲\u200b乙\u00ad')).toBe('乙甲'); // zero-width space and soft hyphen draw nothing
    expect(printableAscii).toHaveLength(95);
  });
});

describe('the built page check', () => {
  it('names characters of the page that the fonts lack', () => {
    expect(uncoveredCharacters('<p>甲乙 丙</p>', '甲乙')).toBe('丙');
    expect(uncoveredCharacters('<p>甲乙</p>', '甲乙')).toBe('');
  });
});

describe('a UI string set bold', () => {
  it('is a label of at most 10 Chinese characters, placeholders, keys and arrows aside; a message is longer and set regular', () => {
    expect(isLabel('开场前检查')).toBe(true);
    expect(isLabel('第 ${current} 页 / 共 ${total} 页')).toBe(true);
    expect(isLabel('→ ↓ 空格 PageDown')).toBe(true);
    expect(isLabel('只检测到一块屏幕，已在本屏全屏放映。接投影时按 Win+P 选择“扩展”。')).toBe(false);
  });
});
