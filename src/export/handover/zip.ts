/**
 * The hand-over folder as one zip: every file under one folder of a Chinese name, names in
 * UTF-8 (flagged so, as Windows 10's Explorer and WPS read them). Files that are compressed
 * already (PDF, PowerPoint, Word) are stored as they are: deflating them again takes time and
 * saves nothing.
 */
import JSZip from 'jszip';

const STORED = /\.(pdf|pptx|docx)$/i;

export async function zipFolder(folder: string, files: ReadonlyMap<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  const dir = zip.folder(folder)!;
  for (const [name, data] of files) dir.file(name, data, STORED.test(name) ? { compression: 'STORE' } : { compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return zip.generateAsync({ type: 'uint8array', platform: 'DOS' });
}
