import type { Plugin } from 'vite';

/**
 * The attributes of a stylesheet `<link>` that `<style>` does not take. vite-plugin-singlefile
 * inlines `<link rel="stylesheet" crossorigin href="x.css">` as `<style rel="stylesheet" crossorigin>`,
 * keeping the link's attributes; the Nu HTML checker reports `crossorigin` there as an error.
 */
const linkOnlyAttribute = /\s+(?:rel|crossorigin)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?(?=[\s>]|$)/gi;

/** The page with `rel` and `crossorigin` dropped from every `<style>` start tag. */
export function withPlainStyleTags(html: string): string {
  return html.replace(/<(style)\b([^>]*)>/gi, (_, name: string, attributes: string) => `<${name}${attributes.replace(linkOnlyAttribute, '')}>`);
}

/**
 * Cleans up the `<style>` elements vite-plugin-singlefile wrote. Listed after it: its bundle hook
 * runs last, on the page as inlined.
 */
export function plainInlinedStyles(): Plugin {
  return {
    name: 'deck-offline-plain-inlined-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            file.source = withPlainStyleTags(file.source);
          }
        }
      },
    },
  };
}
