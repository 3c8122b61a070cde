import { runTempDir } from './run-temp.ts';

/** Vitest's global setup: the unit tests' temporary files in a folder of their own, removed by the teardown it returns. */
export default function setup(): () => void {
  return runTempDir('unit');
}
