/**
 * The fonts of an official document, by the names an office's Windows and WPS know them, each
 * with the fallbacks a PC without it has. A run names one font for every script slot (ASCII,
 * other Latin, East Asian), so digits and the quotation marks “” are set in it too. The fallbacks
 * go into the font table (word/fontTable.xml) as each font's `w:altName`, the name Word and WPS
 * try when the font is missing: 仿宋_GB2312 → 仿宋 → FangSong, and so on. The character set
 * (GB2312) and the family tell a client that substitutes by class to take a Chinese face.
 */

export interface OfficeFont {
  name: string;
  /** Its alternative name, tried when the font is missing. */
  altName: string;
  /** w:family: roman (serif), modern (fixed pitch: the 仿宋/楷体/黑体 of Windows), auto. */
  family: 'roman' | 'modern' | 'auto';
  pitch: 'fixed' | 'variable';
}

/** What each part of the document is set in (GB/T 9704-2012, and the practice of 公文 templates). */
export const fonts = {
  /** The title: 方正小标宋简体; 宋体 where it is missing. */
  title: '方正小标宋简体',
  /** Body text: 仿宋_GB2312 (Windows XP's 仿宋), 仿宋 / FangSong on newer PCs. */
  body: '仿宋_GB2312',
  /** First-level headings (the pillars): 黑体. */
  heading: '黑体',
  /** Second-level headings (the measures' leads) and the speaker line: 楷体_GB2312, 楷体 / KaiTi. */
  kai: '楷体_GB2312',
  /** Page numbers: 宋体. */
  pageNumber: '宋体',
} as const;

/** Every font the document names, and each fallback in turn, with its alternative name. */
export const fontTable: readonly OfficeFont[] = [
  { name: '方正小标宋简体', altName: '宋体', family: 'auto', pitch: 'variable' },
  { name: '仿宋_GB2312', altName: '仿宋', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', family: 'modern', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', family: 'auto', pitch: 'variable' },
];

/** GB2312's character set, as w:charset writes it (hex). */
const GB2312 = '86';

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** word/fontTable.xml: each font with its fallback, character set, family and pitch. */
export function fontTableXml(): string {
  const entries = fontTable.map(
    (font) =>
      `<w:font w:name="${attribute(font.name)}"><w:altName w:val="${attribute(font.altName)}"/><w:charset w:val="${GB2312}"/>` +
      `<w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/></w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:fonts>`
  );
}

/** A run's fonts: the one font for every script slot, East Asian text first in mind. */
export const runFonts = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' });
