import { after } from 'node:test';
import { runTempDir } from '../../tools/run-temp.ts';

// Imported first by suite.ts, before any module that makes a temporary folder as it loads.
after(runTempDir('engines'));
