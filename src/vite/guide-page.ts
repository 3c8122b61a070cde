import { Marked } from 'marked';
import { colours, font } from '../theme/tokens.ts';
import { escapeHtml } from '../render/escape.ts';
import { wordSegmenter } from '../render/word-segmenter.ts';

/**
 * The presenter's guide as a page of its own: the Markdown rendered once at build time, with its
 * style inline and a policy that lets nothing else in — it runs no script and fetches nothing,
 * so it opens from a USB stick as from a server. Set in the system's CJK serif: the deck's web
 * font holds the speech's characters, not the guide's.
 */
export function guidePage(markdown: string): string {
  const title = markdown.match(/^# (.+)$/m)?.[1]?.trim();
  if (title === undefined) throw new Error('docs/演示指南.md: the guide has no title (a first line "# …")');
  // No raw HTML from the Markdown: the page's policy allows none, and the guide needs none.
  const marked = new Marked({ gfm: true, renderer: { html: ({ text }) => escapeHtml(text) } });
  // A line end inside a Chinese paragraph is no space in Chinese: Markdown's soft break between
  // two Chinese characters (or marks) would show as one.
  const body = betweenWords(marked.parse(markdown, { async: false }).replace(/([\u3000-\u9fff\uff00-\uffef])\n(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1'));
  const faces = [...font.fallbacks, font.generic].map((f) => (f === font.generic ? f : `"${f}"`)).join(', ');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>
  html { background: ${colours.paper}; color: ${colours.ink}; }
  body { max-width: 44em; margin: 0 auto; padding: 2em 1.25em 4em; font: 18px/1.8 ${faces}; line-break: strict; word-break: keep-all; overflow-wrap: anywhere; }
  h1, h2, h3 { color: ${colours.redText}; line-height: 1.4; }
  h1 { text-align: center; font-size: 1.8em; }
  h2 { margin-top: 2em; border-bottom: 2px solid ${colours.paperEdge}; }
  table { border-collapse: collapse; width: 100%; margin: 1em 0; }
  th, td { border: 1px solid ${colours.paperEdge}; padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
  th { background: ${colours.surface}; }
  code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; background: ${colours.surface}; padding: 0 0.2em; }
  kbd { border: 1px solid ${colours.inkSoft}; border-radius: 3px; padding: 0 0.3em; font-size: 0.9em; }
  @media print { html { background: none; } body { max-width: none; padding: 0; } }
</style>
</head>
<body>
${body}</body>
</html>
`;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Lines break only between Chinese words, as in the speaker's notes: a <wbr> between two words
 * (jieba), the page set keep-all. Only in text, outside tags and code; only where both sides are
 * Chinese characters, so no entity or Latin word is cut.
 */
function betweenWords(html: string): string {
  const words = wordSegmenter();
  let inCode = 0;
  return html
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<(code|pre)\b/.test(part)) inCode++;
        if (/^<\/(code|pre)>/.test(part)) inCode--;
        return part;
      }
      if (inCode > 0 || !CJK.test(part)) return part;
      const cut = words(part);
      return cut.map((word, i) => (i > 0 && CJK.test(cut[i - 1]!.slice(-1)) && CJK.test(word[0]!) ? `<wbr>${word}` : word)).join('');
    })
    .join('');
}
