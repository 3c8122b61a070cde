/**
 * reveal.js announces each slide to screen readers, ending every block with "." unless it ends
 * in . ! or ?: Chinese text comes out as "市场监管。." or "作表率.". Chinese punctuation ends a
 * block already; after a Chinese character the full stop is 。.
 */
export function chineseStatusText(text: string): string {
  return text
    .replace(/([。！？；：，、…—”’）》」』])\.(?=\s|$)/g, '$1')
    .replace(/([\u3400-\u9fff\u3000])\.(?=\s|$)/g, '$1。');
}
