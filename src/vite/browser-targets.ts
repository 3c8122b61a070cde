import { browserFloor } from '../theme/browser-floor.ts';

/**
 * The oldest browsers the built deck supports (src/theme/browser-floor.ts), as esbuild names them.
 * vite.config.ts lowers scripts and stylesheets to these, and e2e/legacy-browsers.spec.ts proves
 * on dist/ that nothing newer ships.
 */
export const browserTargets = Object.entries(browserFloor).map(([engine, version]) => `${engine}${version}`);

/** es-check's and browserslist's spelling of the same floor. */
export const browserslistQuery = browserTargets.map((target) => target.replace(/^([a-z]+)(\d+)$/, '$1 >= $2')).join(', ');
