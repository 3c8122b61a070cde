import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * The office fonts a Word file in the official-document layout names (src/export/docx/fonts.ts),
 * none of which this machine has: each to the Noto CJK face of its kind, as a PC substitutes a
 * font it lacks (黑体 a sans, the others a serif; no 楷 or 仿宋 face comes with fonts-noto-cjk).
 */
const OFFICE_FONTS: Record<string, string> = {
  方正小标宋简体: 'Noto Serif CJK SC',
  仿宋_GB2312: 'Noto Serif CJK SC',
  仿宋: 'Noto Serif CJK SC',
  FangSong: 'Noto Serif CJK SC',
  楷体_GB2312: 'Noto Serif CJK SC',
  楷体: 'Noto Serif CJK SC',
  KaiTi: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  // SimSun is left to fontconfig, which knows it for a serif by itself: the PowerPoint file names
  // it and e2e/pptx.spec.ts shows the Song face a PC without it gets, unaided.
  黑体: 'Noto Sans CJK SC',
  SimHei: 'Noto Sans CJK SC',
};

/**
 * Renders a .pptx (LibreOffice Impress) or a .docx (LibreOffice Writer) to PDF, headless: the
 * stand-in for PowerPoint, Word and WPS. fonts-noto-cjk names the family "Noto Serif CJK SC"; a
 * fontconfig alias maps "Noto Serif SC" to it, as installing Noto Serif SC would on a PC (the
 * PowerPoint file names it with `--font noto`), and the office fonts of a Word file to their
 * kind (OFFICE_FONTS). The PowerPoint file's 宋体 (SimSun) needs none: fontconfig takes it for a
 * serif. Each run gets its own LibreOffice profile in `outDir`, so it never meets another
 * instance on the machine.
 * With `notesPages`, the PDF holds the slides, then one notes page per slide.
 */
export async function renderWithLibreOffice(pptxPath: string, outDir: string, { notesPages = false } = {}): Promise<string> {
  const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find(existsSync);
  if (!soffice) throw new Error('LibreOffice is not installed: apt-get install libreoffice-impress libreoffice-writer (.ci/run does)');
  mkdirSync(outDir, { recursive: true });
  const fontsConf = join(outDir, 'fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <alias binding="same"><family>Noto Serif SC</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>\n` +
      Object.entries(OFFICE_FONTS)
        .map(([name, face]) => `  <alias binding="same"><family>${name}</family><prefer><family>${face}</family></prefer></alias>\n`)
        .join('') +
      `</fontconfig>\n`,
  );
  const filter = notesPages ? 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}' : 'pdf';
  await promisify(execFile)(
    soffice,
    [`-env:UserInstallation=${pathToFileURL(join(outDir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, pptxPath],
    { env: { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: outDir }, timeout: 180_000 },
  );
  const pdf = join(outDir, basename(pptxPath).replace(/\.(pptx|docx)$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}`);
  return pdf;
}
