import { runTempDir } from '../tools/run-temp.ts';

/** Playwright's global setup: the run's temporary files in a folder of its own, removed by the teardown it returns. */
export default function globalSetup(): () => void {
  return runTempDir('e2e');
}
