import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * Renders a .pptx to PDF with LibreOffice Impress, headless: the stand-in for PowerPoint and WPS.
 * fonts-noto-cjk names the family "Noto Serif CJK SC"; a fontconfig alias maps the name the file
 * asks for, "Noto Serif SC", to it, as installing Noto Serif SC would on a PC. Each run gets its
 * own LibreOffice profile in `outDir`, so it never meets another instance on the machine.
 * With `notesPages`, the PDF holds the slides, then one notes page per slide.
 */
export async function renderWithLibreOffice(pptxPath: string, outDir: string, { notesPages = false } = {}): Promise<string> {
  const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find(existsSync);
  if (!soffice) throw new Error('LibreOffice is not installed: apt-get install libreoffice-impress (.ci/run does)');
  mkdirSync(outDir, { recursive: true });
  const fontsConf = join(outDir, 'fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <alias binding="same"><family>Noto Serif SC</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>\n` +
      `</fontconfig>\n`,
  );
  const filter = notesPages ? 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}' : 'pdf';
  await promisify(execFile)(
    soffice,
    [`-env:UserInstallation=${pathToFileURL(join(outDir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, pptxPath],
    { env: { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: outDir }, timeout: 180_000 },
  );
  const pdf = join(outDir, basename(pptxPath).replace(/\.pptx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}`);
  return pdf;
}
