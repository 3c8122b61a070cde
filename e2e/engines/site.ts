import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveStatic } from '../../tools/static-server.ts';

/**
 * Put first in each page: records uncaught errors, failed loads of scripts, styles and images,
 * unhandled rejections and console errors, for engines whose driver reports none of these itself.
 */
const errorRecorder = `<script>
(function () {
  var errors = (window.pageErrors = []);
  addEventListener('error', function (e) {
    var t = e.target;
    errors.push(t && t !== window ? 'failed to load ' + (t.src || t.href || t.tagName) : String(e.message));
  }, true);
  addEventListener('unhandledrejection', function (e) { errors.push('unhandled rejection: ' + e.reason); });
  var consoleError = console.error;
  console.error = function () { errors.push([].slice.call(arguments).join(' ')); return consoleError.apply(console, arguments); };
})();
</script>`;

/** One way the deck is opened: dist/ from a web server, or offline.html from disk. */
export interface Site {
  name: string;
  /** The page, to which a #/<id> link may be appended. */
  url: string;
}

/**
 * The built deck as the engine checks open it: a scratch copy of dist/ (run `npm run build`
 * first) with the error recorder in each page, served over HTTP from 127.0.0.1 (one server for
 * every engine), and its offline.html opened from disk (file://).
 */
export async function openSites(): Promise<{ sites: Site[]; close: () => Promise<void> }> {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const copy = mkdtempSync(join(tmpdir(), 'deck-engines-'));
  cpSync(dist, copy, { recursive: true });
  for (const page of readdirSync(copy).filter((file) => file.endsWith('.html'))) {
    const html = readFileSync(join(copy, page), 'utf8');
    if (!html.includes('<head>')) throw new Error(`dist/${page} has no <head> for the error recorder`);
    writeFileSync(join(copy, page), html.replace('<head>', `<head>${errorRecorder}`));
  }
  const server = await serveStatic(copy);
  return {
    sites: [
      { name: 'deck (dist/ over HTTP)', url: server.url },
      { name: 'offline.html (from disk)', url: pathToFileURL(join(copy, 'offline.html')).href },
    ],
    close: server.close,
  };
}
