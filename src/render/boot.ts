import { strings } from '../strings.ts';
import { colours, font } from '../theme/tokens.ts';

/**
 * The page's first script, inline in <head> before the deck's module. It runs where the module
 * may not: from file:// (where browsers refuse module scripts), on browsers too old for modules,
 * when the module fails. Module scripts run before DOMContentLoaded, so by then `window.deck`
 * exists or the deck will not start:
 * - `deck-js` on <html> from the start lets the stylesheet keep the deck's markup out of sight
 *   while the deck starts (no flash of the reading document);
 * - if the deck did not start, the class goes and the page reads as a document
 *   (src/theme/document.css), as with JavaScript off, in the deck's font: the files beyond the
 *   first slide's, declared for pages without JavaScript (`@media (scripting: none)`,
 *   src/vite/fonts/font-face.ts), are declared again outside it, in the same stylesheet;
 * - from file://, instead, a Chinese message names offline.html, the copy made for disks.
 * ES5 only: it must run on anything.
 */
export function bootScript(): string {
  const message = JSON.stringify({ title: strings.fileUrlTitle, body: strings.fileUrlBody });
  return `(function () {
  var root = document.documentElement;
  var fromDisk = location.protocol === 'file:';
  root.className += fromDisk ? ' deck-js deck-file' : ' deck-js';
  document.addEventListener('DOMContentLoaded', function () {
    root.className = root.className.replace(window.deck ? / deck-file/ : / deck-js| deck-file/g, '');
    if (!window.deck && !fromDisk) declareLaterFonts();
    if (window.deck || !fromDisk) return;
    var text = ${message};
    var box = document.createElement('div');
    box.className = 'file-url-message';
    box.setAttribute('role', 'alert');
    // Styled here: from disk the stylesheet may be refused too.
    box.style.cssText = 'max-width: 34em; margin: 18vh auto; padding: 0 1.5em; font-family: ${[...font.fallbacks.map((name) => `\"${name}\"`), font.generic].join(', ')}; line-height: 1.8; color: ${colours.ink}';
    var title = document.createElement('h1');
    title.appendChild(document.createTextNode(text.title));
    var body = document.createElement('p');
    body.appendChild(document.createTextNode(text.body));
    box.appendChild(title);
    box.appendChild(body);
    var deck = document.querySelector('.reveal');
    if (deck) deck.parentNode.removeChild(deck);
    document.body.style.background = '${colours.paper}';
    document.body.appendChild(box);
  });
  function declareLaterFonts() {
    for (var i = 0; i < document.styleSheets.length; i++) {
      var sheet = document.styleSheets[i];
      var rules;
      try { rules = sheet.cssRules; } catch (e) { continue; }
      for (var j = rules.length - 1; j >= 0; j--) {
        if (rules[j].type !== 4) continue; // CSSRule.MEDIA_RULE; of those, only the fonts' holds @font-face rules (type 5)
        for (var k = 0; k < rules[j].cssRules.length; k++) {
          if (rules[j].cssRules[k].type === 5) sheet.insertRule(rules[j].cssRules[k].cssText, sheet.cssRules.length);
        }
      }
    }
  }
})();`;
}

/**
 * Inline too, for the same reason: from disk the raw speech, notes and all, stays hidden until
 * the boot script knows whether the deck started.
 */
export const bootStyle = '.deck-file .reveal { display: none; }';

/** Both, for the page's <head>. */
export function bootMarkup(): string {
  return `<script>${bootScript()}</script>\n    <style>${bootStyle}</style>`;
}
