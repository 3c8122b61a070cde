/**
 * The built pages are valid HTML: the W3C Nu HTML Checker (vnu.jar from the npm package vnu-jar, run
 * on Debian's Java) finds no error in dist/index.html as served and dist/offline.html as opened
 * from disk, and no warning but the few below, each with its reason. Reads dist/ (run
 * `npm run build` first); index.html comes from the test server, where the deck is meant to run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './shared-context.ts';
import { describeNuMessage, markupOf, nuCheck, type NuMessage } from '../tools/nu-html-checker.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const offlinePage = join(dist, 'offline.html');

/**
 * Warnings the checker gives that stay, and why. Any other warning, any info and any error fails;
 * so does an entry here that a page no longer earns (then take it out).
 */
const acceptedWarnings: { message: RegExp; markup: RegExp; why: string }[] = [
  {
    message: /^Section lacks heading\./,
    markup: /^<section class="stack" data-stack="pillar-\d+">$/,
    why:
      'a pillar’s vertical stack: reveal.js takes a stack only as a <section> holding the slides’ <section>s, ' +
      'and the stack’s heading is its first slide’s <h2> (the pillar), which the checker does not count for the outer section',
  },
  {
    message: /^Section lacks heading\./,
    markup: /^<section id="opening" /,
    why:
      'the opening slide shows the speech’s lead sentence and statements and has no heading in the speech; a heading ' +
      'made up for it would be text the speaker never says (the fidelity checks allow none), and reveal.js needs the <section>',
  },
  {
    message: /^Inline script violates Content Security Policy \(meta tag\)/,
    markup: /^<script type="application\/json" id="deck-model">$/,
    why:
      'the page model is a data block, not a script: browsers never run it, so script-src does not apply to it ' +
      '(HTML’s “prepare the script element” stops at an unknown type before the CSP check); the checker applies it anyway',
  },
];

const isAccepted = (m: NuMessage) =>
  m.type === 'info' && m.subType === 'warning' && acceptedWarnings.some((a) => a.message.test(m.message) && a.markup.test(markupOf(m)));

/** The built index.html with the two faults the checker once found in it put back. */
function pageWithOldFaults(): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const faulty = html
    // A space in the favicon's data URL…
    .replace(/(<link rel="icon" href="data:[^"]*?)%20/, '$1 ')
    // …and crossorigin on a <style> (vite-plugin-singlefile copied it there from the stylesheet's <link>).
    .replace('<style>', '<style crossorigin>');
  expect(faulty.match(/<link rel="icon" href="data:[^" ]* /), 'a space put into the favicon’s URL').not.toBeNull();
  expect(faulty).toContain('<style crossorigin>');
  const file = join(mkdtempSync(join(tmpdir(), 'deck-nu-check-')), 'faulty.html');
  writeFileSync(file, faulty);
  return file;
}

// In order, in one worker, so the checker runs once; a failure does not skip the other pages.
test.describe.configure({ mode: 'default' });

test.describe('the Nu HTML Checker', () => {
  let servedPage = '';
  let guidePage = '';
  let faultyPage = '';
  let report = new Map<string, NuMessage[]>();

  test.beforeAll(async ({}, testInfo) => {
    test.setTimeout(240_000);
    servedPage = new URL('index.html', testInfo.project.use.baseURL).href;
    guidePage = new URL('guide.html', testInfo.project.use.baseURL).href;
    faultyPage = pageWithOldFaults();
    // One run of the checker (a Java start costs seconds) for all four pages.
    report = await nuCheck([servedPage, offlinePage, guidePage, faultyPage]);
  });

  for (const [name, page] of [
    ['dist/index.html (served)', () => servedPage],
    ['dist/offline.html (from disk)', () => offlinePage],
  ] as const) {
    test(`finds no error in ${name}, and no warning but the accepted ones`, () => {
      const messages = report.get(page())!;
      expect(messages.filter((m) => !isAccepted(m)).map(describeNuMessage)).toEqual([]);
      const unearned = acceptedWarnings.filter((a) => !messages.some((m) => a.message.test(m.message) && a.markup.test(markupOf(m))));
      expect(unearned.map((a) => `${a.message} at ${a.markup}`), 'accepted warnings the page no longer gives').toEqual([]);
    });
  }

  test('finds nothing at all in dist/guide.html, the presenter’s guide', () => {
    expect(report.get(guidePage)!.map(describeNuMessage)).toEqual([]);
  });

  test('finds the errors the page once had: a space in the favicon’s URL, crossorigin on a <style>', () => {
    const errors = report.get(faultyPage)!.filter((m) => m.type === 'error').map((m) => m.message);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Bad value .* for attribute “href” on element “link”: .*Space is not allowed/);
    expect(errors[1]).toMatch(/^Attribute “crossorigin” not allowed on element “style”/);
  });
});
