/**
 * reveal.js announces each slide to screen readers, ending every block with "." unless it ends
 * in . ! or ?: Chinese text comes out as "市场监管。." or "作表率.". Chinese punctuation ends a
 * block already; after a Chinese character the full stop is 。. reveal.js also puts a space after
 * every element's text, so slide text cut into phrase spans (src/render/text.ts) would be read
 * 坚持 学 思想为先, with a pause at each: Chinese has no spaces between its characters and marks.
 */
const CHINESE = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’…—·]';
// reveal.js's spaces only: an open blank's ideographic spaces (U+3000) stay.
const spaceInChinese = new RegExp(`(${CHINESE}) +(?=${CHINESE})`, 'g');

export function chineseStatusText(text: string): string {
  return text
    .replace(/([。！？；：，、…—”’）》」』])\.(?=\s|$)/g, '$1')
    .replace(/([\u3400-\u9fff\u3000])\.(?=\s|$)/g, '$1。')
    .replace(spaceInChinese, '$1');
}
