import { Marked } from 'marked';
import { colours, font } from '../theme/tokens.ts';
import { escapeHtml } from '../render/escape.ts';

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
  const body = marked.parse(markdown, { async: false });
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
  body { max-width: 44em; margin: 0 auto; padding: 2em 1.25em 4em; font: 18px/1.8 ${faces}; line-break: strict; }
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
