/**
 * `npm run handover` as the person who hands over the meeting materials runs it: one folder,
 * dist/handover/, and one zip of it, with every file the office needs and a 说明.txt; a draft
 * while blanks are open; `--strict` refuses then. (The files themselves are tested where they are
 * made: e2e/pdf.spec.ts, e2e/pptx.spec.ts, e2e/docx.spec.ts.)
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from './shared-context.ts';
import JSZip from 'jszip';
import { HANDOVER_FILES } from '../src/export/handover/package.ts';
import { openFillIns } from '../src/outline/model.ts';
import { guideFile } from '../src/shared/guide.ts';
import { model } from './content.ts';

const run = (...args: string[]) => promisify(execFile)('npm', ['run', '--silent', 'handover', ...args.length ? ['--', ...args] : []], { env: { ...process.env, DECK_FILL_INS: '' } });
const title = '市场监管局在主题教育专题座谈会上的发言材料';
/** How each kind of file starts. */
/** A file's name in a draft package: 草稿- before all but the guide, which the deck's help links by its name. */
const draftName = (file: string) => (file === guideFile ? file : `草稿-${file}`);
const MAGIC: Record<string, RegExp> = { html: /^<!doctype html>/i, pdf: /^%PDF-/, pptx: /^PK\x03\x04/, docx: /^PK\x03\x04/ };

test.describe.configure({ mode: 'serial' });

test('npm run handover writes dist/handover/ and dist/handover.zip: every file, 说明.txt, a draft while blanks are open', async () => {
  test.setTimeout(240_000);
  const open = openFillIns(model).length;
  expect(open, 'the committed values leave blanks open').toBeGreaterThan(0);
  const { stdout } = await run();
  // One line per file as it is written, then the zip.
  for (const file of HANDOVER_FILES) expect(stdout).toMatch(new RegExp(`^  ${draftName(file).replace('.', '\\.')} +\\d+(\\.\\d)? (KB|MB) +\\d+\\.\\d s$`, 'm'));
  expect(stdout).toMatch(/^dist\/handover\.zip: 8 files in .*（草稿）\/, .* in all$/m);

  const names = [...HANDOVER_FILES.map(draftName), '说明.txt'];
  expect(readdirSync('dist/handover').sort()).toEqual([...names].sort());
  const zip = await JSZip.loadAsync(readFileSync('dist/handover.zip'));
  const entries = Object.values(zip.files).filter((e) => !e.dir).map((e) => e.name);
  expect(entries).toEqual(names.map((name) => `${title}（草稿）/${name}`));
  for (const file of HANDOVER_FILES) {
    const data = await zip.file(`${title}（草稿）/${draftName(file)}`)!.async('nodebuffer');
    expect(data.equals(readFileSync(`dist/handover/${draftName(file)}`)), file).toBe(true);
    expect(data.subarray(0, 20).toString('latin1'), file).toMatch(MAGIC[file.split('.').pop()!]!);
  }
  const readme = await zip.file(`${title}（草稿）/说明.txt`)!.async('string');
  expect(readme).toContain(`【草稿】还有 ${open} 处空白未填写`);
  expect(readme).toContain(`待填写（${open} 处）`);
  expect(readme).toContain('从U盘放映');
  for (const file of HANDOVER_FILES) expect(readme).toContain(`${draftName(file)}：`);
});

test('npm run handover -- --strict fails while blanks are open, naming them', async () => {
  const failed = run('--strict');
  await expect(failed).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--strict: no package while blanks are open') });
  await expect(failed).rejects.toMatchObject({ stderr: expect.stringContaining('groupLeader — 称呼中组长的姓氏') });
});
