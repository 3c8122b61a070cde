import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** vnu.jar as the npm package vnu-jar ships it. */
const vnuJar = fileURLToPath(new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

/** One message of the W3C Nu HTML Checker (vnu), as its `--format json` writes it. */
export interface NuMessage {
  /** `info` with `subType: 'warning'` is a warning; `non-document-error` is the checker's own failure (I/O, say). */
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
}

/** The markup a message points at (an element's start tag, mostly), as the checker highlights it. */
export function markupOf(message: NuMessage): string {
  const { extract = '', hiliteStart = 0, hiliteLength = 0 } = message;
  return extract.slice(hiliteStart, hiliteStart + hiliteLength);
}

/** A message on one line: where, what kind, what it says, and the markup it points at. */
export function describeNuMessage(message: NuMessage): string {
  const kind = message.subType ? `${message.type} ${message.subType}` : message.type;
  return `${message.url ?? '?'}:${message.lastLine ?? '?'}: ${kind}: ${message.message} ${markupOf(message)}`;
}

const isUrl = (target: string) => /^https?:\/\//.test(target);
/** The checker names a file `file:/a/b.html`; compare URLs in one spelling. */
const sameUrl = (a: string, b: string) => new URL(a).href === new URL(b).href;

/**
 * Runs the Nu HTML Checker once over pages given as files or http(s) URLs, and returns each page's
 * messages — every one, infos and warnings included: the caller decides what passes. Needs Java
 * 11 or later (`java` on PATH; Debian's `default-jre-headless`). vnu-jar's postinstall, which would
 * download a Java runtime, is denied in package.json's allowScripts.
 */
export async function nuCheck(targets: readonly string[]): Promise<Map<string, NuMessage[]>> {
  if (targets.length === 0) throw new Error('Nu HTML checker: no pages to check');
  // The checker says nothing at all about a file that is not there: make that an error.
  for (const target of targets) if (!isUrl(target) && !existsSync(target)) throw new Error(`Nu HTML checker: no file ${target}`);
  // vnu refuses loopback and private hosts unless told (a guard for its public web service); the
  // pages served here come from this machine's own preview server.
  const args = ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', vnuJar, '--format', 'json', ...targets];
  const stderr = await new Promise<string>((done, fail) => {
    // Exit status 1 means "found errors": the JSON says which.
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024, timeout: 180_000 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        fail(new Error('Java is not installed: apt-get install default-jre-headless (.ci/run does)'));
      } else if (error && error.code !== 1) {
        fail(new Error(`Nu HTML checker failed (${error.message}): ${stderr}`));
      } else done(stderr);
    });
  });
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`Nu HTML checker: no JSON report: ${stderr}`);
  }
  const urls = targets.map((target) => (isUrl(target) ? target : pathToFileURL(target).href));
  const stray = messages.filter((m) => !urls.some((url) => m.url !== undefined && sameUrl(m.url, url)));
  if (stray.length > 0) throw new Error(`Nu HTML checker: messages for no page it was given:\n${stray.map(describeNuMessage).join('\n')}`);
  return new Map(targets.map((target, i) => [target, messages.filter((m) => sameUrl(m.url!, urls[i]!))]));
}
