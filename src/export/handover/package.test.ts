import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../outline/test-fixture.ts';
import { guideFile } from '../../shared/guide.ts';
import { strings } from '../../strings.ts';
import { handoverPlan, HANDOVER_FILES } from './package.ts';
import { zipFolder } from './zip.ts';
import { handoverStrings } from './strings.ts';

describe('the hand-over package', () => {
  it('is a draft while a blank is open: 草稿 in every file’s name but the guide’s (the deck links it), the folder’s and 说明.txt, which lists the open blanks by page', () => {
    const plan = handoverPlan(fixtureModel({ place: '宁夏' }));
    expect(plan.draft).toBe(true);
    expect(Object.values(plan.names)).toEqual(HANDOVER_FILES.map((file) => (file === guideFile ? 'guide.html' : `草稿-${file}`)));
    expect(plan.folder).toBe('题目（草稿）');
    expect(plan.readme.startsWith('\ufeff题目\r\n')).toBe(true);
    expect(plan.readme).toContain('【草稿】还有 1 处空白未填写');
    // households (*.*) stands in a measure's notes and points: the 8th slide of the fixture.
    expect(plan.readme).toContain('待填写（1 处）\r\n  户数（万户）：第 8 页');
    expect(plan.readme).not.toContain('地名：');
    for (const name of Object.values(plan.names)) expect(plan.readme).toContain(name);
  });

  it('is final when every blank has a value: plain names, and 说明.txt says nothing is open', () => {
    const plan = handoverPlan(fixtureModel({ place: '宁夏', households: '3.5' }));
    expect(plan.draft).toBe(false);
    expect(Object.values(plan.names)).toEqual([...HANDOVER_FILES]);
    expect(plan.folder).toBe('题目');
    expect(plan.readme).not.toContain('草稿');
    expect(plan.readme).toContain(handoverStrings.noOpen);
    // How to present from a USB stick, and every key of the deck.
    expect(plan.readme).toContain('双击 offline.html');
    for (const key of strings.keys) expect(plan.readme).toContain(`${key.shown}：${key.label}`);
  });
});

describe('the zip', () => {
  it('holds each file under the one folder, names in UTF-8, compressed files stored as they are', async () => {
    const files = new Map<string, Uint8Array | string>([
      ['草稿-slides.pdf', new Uint8Array([37, 80, 68, 70])],
      ['说明.txt', '\ufeff说明'],
    ]);
    const zip = await JSZip.loadAsync(await zipFolder('题目（草稿）', files));
    const entries = Object.values(zip.files).filter((e) => !e.dir);
    expect(entries.map((e) => e.name)).toEqual(['题目（草稿）/草稿-slides.pdf', '题目（草稿）/说明.txt']);
    expect(await zip.file('题目（草稿）/说明.txt')!.async('string')).toBe('\ufeff说明');
    const raw = Buffer.from(await zipFolder('题目', files));
    // The first local header: general-purpose flag bit 11 (UTF-8 names), method 0 (stored) for the PDF.
    expect(raw.readUInt16LE(6) & 0x0800).toBe(0x0800);
    const pdfHeader = raw.indexOf(Buffer.from('题目/草稿-slides.pdf')) - 30;
    expect(raw.readUInt16LE(pdfHeader + 8)).toBe(0);
  });
});
