import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { expect, test } from './shared-context.ts';
import { headlineOf } from './content.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const devPort = 5173;

/** What a command wrote, and how it ended. */
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env = process.env): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await run('git', args, cwd);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} in ${cwd}: ${result.stderr}`);
  return result.stdout;
}

/** A newcomer's shell: none of the npm_* variables `npm test` sets, no test-server PORT, no NODE_ENV, no node_modules/.bin. */
function newcomerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'PORT' && key !== 'INIT_CWD' && key !== 'NODE_ENV') env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.includes('node_modules'))
    .join(delimiter);
  // "A newer npm is out" depends on the registry's day, not on this project.
  env.npm_config_update_notifier = 'false';
  return env;
}

/** This checkout's files as a commit would hold them (tracked plus new, not ignored), in a fresh repository. */
async function freshClone(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-clone-'));
  const files = (await git(projectRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'))
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (existsSync(join(projectRoot, file))) cpSync(join(projectRoot, file), join(dir, file));
  }
  await git(dir, 'init', '-q');
  await git(dir, 'add', '-A');
  await git(dir, '-c', 'user.name=fresh clone', '-c', 'user.email=clone@localhost', 'commit', '-q', '-m', 'clone');
  return dir;
}

/** Holds a port the way another dev server would; undefined when something else already holds it. */
function holdPort(port: number): Promise<Server | undefined> {
  const server = createServer();
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? done(undefined) : fail(error)));
    server.listen(port, () => done(server));
  });
}

/** Starts `npm start` and resolves with the URL it prints, collecting everything it writes. */
function npmStart(cwd: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: Run; url: Promise<string> } {
  // Its own process group, so stopping it also stops the vite that npm started.
  const child = spawn('npm', ['start'], { cwd, env, detached: true });
  const output: Run = { code: -1, stdout: '', stderr: '' };
  const url = new Promise<string>((done, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output.stdout += chunk.toString();
      const local = /Local:\s+(http:\/\/\S+)/.exec(output.stdout.replace(/\x1b\[[0-9;]*m/g, ''));
      if (local) done(local[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
    child.once('exit', (code) => {
      output.code = code ?? -1;
      fail(new Error(`npm start exited (${code}) before printing a URL:\n${output.stdout}${output.stderr}`));
    });
  });
  return { child, output, url };
}

async function stop(child: ChildProcess): Promise<void> {
  const ended = child.exitCode !== null || child.signalCode !== null;
  if (ended || child.pid === undefined) return;
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

test('on a fresh clone, npm install is quiet and keeps the tree clean, and npm start serves the deck with port 5173 taken', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const env = newcomerEnv();
  const clone = await freshClone();
  let held: Server | undefined;
  let start: ReturnType<typeof npmStart> | undefined;
  try {
    await test.step('npm install prints no warning and changes no tracked file', async () => {
      // No audit: its report follows the registry's advisories, which change without this project changing.
      const install = await run('npm', ['install', '--no-audit', '--prefer-offline'], clone, env);
      expect(install.code, install.stderr).toBe(0);
      expect(install.stderr).toBe('');
      expect(await git(clone, 'status', '--porcelain')).toBe('');
    });

    await test.step(`npm start falls back to a free port when ${devPort} is taken, and prints its URL`, async () => {
      held = await holdPort(devPort);
      start = npmStart(clone, env);
      const url = await start.url;
      expect(new URL(url).port).not.toBe(String(devPort));
      expect(start.output.stdout).toContain(`Port ${devPort} is in use, trying another one...`);

      await page.goto(url);
      await page.waitForFunction(deckIsReady, undefined, { timeout: 60_000 });
      await expect(page.locator('#cover')).toContainText(headlineOf('cover'));
      expect(start.output.stderr).toBe('');
    });

    await stop(start!.child);
    expect(await git(clone, 'status', '--porcelain'), 'npm start left files behind').toBe('');
  } finally {
    if (start) await stop(start.child);
    held?.close();
    rmSync(clone, { recursive: true, force: true });
  }
});
