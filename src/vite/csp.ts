import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the built pages: the deck runs its own code and nothing else,
 * and nothing it loads comes from another host.
 * - Scripts: the deck's own files ('self', for dist/index.html) and its inline scripts by hash —
 *   the boot script, and in dist/offline.html the whole deck. No eval, no other inline code.
 * - Styles may be inline: reveal.js, the print controller and the speaker view write <style>
 *   elements at run time, and CSS cannot run code.
 * - Fonts and images: the deck's own files, or data: URIs (the single file's fonts, the icon).
 * - No frames, plugins, form targets or <base>.
 * The speaker view is a window the deck writes into: it inherits this policy.
 */
export interface PolicyOptions {
  /** The deck is one self-contained file: no file of its own to allow beside its inline code. */
  singleFile: boolean;
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The sha256 source expression of every inline script's text, in page order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    // Neither a script file nor a data block (type="application/json", never run) needs a hash.
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes!) && !/\btype\s*=\s*["']?application\/json/i.test(attributes!))
    .map(([, , code]) => `'sha256-${createHash('sha256').update(code!, 'utf8').digest('base64')}'`);
}

export function contentSecurityPolicy(scriptHashes: readonly string[], { singleFile }: PolicyOptions): string {
  const own = singleFile ? [] : ["'self'"];
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', ...own, ...scriptHashes],
    ['style-src', ...own, "'unsafe-inline'"],
    ['font-src', ...own, 'data:'],
    ['img-src', ...own, 'data:'],
    ['connect-src', ...(singleFile ? ["'none'"] : own)],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The page with its policy at the top of <head> (after the charset), before anything it governs. */
export function withContentSecurityPolicy(html: string, options: PolicyOptions): string {
  const policy = contentSecurityPolicy(inlineScriptHashes(html), options);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const anchor = [/<meta charset="[^"]*"\s*\/?>/i, /<head>/i].find((pattern) => pattern.test(html));
  if (!anchor) throw new Error('Content-Security-Policy: the page has no <head> to carry it');
  return html.replace(anchor, (tag) => `${tag}\n    ${meta}`);
}
