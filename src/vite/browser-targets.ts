/**
 * The oldest browsers the built deck supports. Meeting-room PCs, 信创 machines above all, run
 * 360 安全浏览器 and 奇安信 on Chromium 86–108; Firefox ESR 78 and Safari 14 (iOS 14) are the
 * others' floors. vite.config.ts lowers scripts and stylesheets to these, and
 * e2e/legacy-browsers.spec.ts proves on dist/ that nothing newer ships.
 */
export const browserTargets = ['chrome86', 'firefox78', 'safari14'];

/** es-check's and browserslist's spelling of the same floor. */
export const browserslistQuery = browserTargets.map((target) => target.replace(/^([a-z]+)(\d+)$/, '$1 >= $2')).join(', ');
