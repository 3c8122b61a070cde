/**
 * Reads a .pptx back as a client would find it: the slides in presentation order, each with its
 * text paragraphs, its notes and its markup. What the tests assert on (unit and browser tests).
 */
import JSZip from 'jszip';

/** A shape holding text: where it stands (EMU) and its paragraphs. */
export interface TextShape {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Its paragraphs' text, a line break (`<a:br/>`) as \n. */
  paragraphs: string[];
  /** Its lines as written: the paragraphs cut at their line breaks. */
  lines: string[];
}

export interface ReadSlide {
  /** The part's path, e.g. ppt/slides/slide3.xml. */
  part: string;
  xml: string;
  /** The text of each paragraph that has any, in document order (PowerPoint's reading order); a line break (`<a:br/>`) as \n. */
  paragraphs: string[];
  /** The shapes that hold text, in document order. */
  textShapes: TextShape[];
  /** The markup of the notes placeholder's text (not the slide image's or the slide number's). */
  notesXml: string;
  /** The notes, one string per paragraph. */
  notes: string[];
}

export interface ReadPptx {
  slides: ReadSlide[];
  /** The slide size, EMU. */
  size: { cx: number; cy: number };
  /** Every XML part by path. */
  parts: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITIES[name!] ?? whole),
  );

/** The text of each non-empty paragraph (`<a:p>`) of a piece of DrawingML, each line break (`<a:br/>`) as \n. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<a:p(?:\s[^>]*)?>([\s\S]*?)<\/a:p>/g)]
    .map(([, body]) => [...body!.matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\b/g)].map(([br, t]) => (t === undefined ? (br ? '\n' : '') : decodeXml(t))).join(''))
    .filter((text) => text !== '');
}

/** The shapes of a slide that hold text, with their frames. */
export function textShapes(xml: string): TextShape[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap(([, sp]): TextShape[] => {
    const paragraphs = paragraphTexts(sp!);
    const frame = sp!.match(/<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/);
    if (paragraphs.length === 0 || !frame) return [];
    const name = decodeXml(sp!.match(/<p:cNvPr\b[^>]*name="([^"]*)"/)?.[1] ?? '');
    const [x, y, w, h] = frame.slice(1).map(Number) as [number, number, number, number];
    return [{ name, x, y, w, h, paragraphs, lines: paragraphs.flatMap((p) => p.split('\n')) }];
  });
}

/** The target of a relationship of the given type, resolved against the part's folder. */
function target(rels: string, type: string, folder: string): string | undefined {
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => tag).find((tag) => tag.includes(`/relationships/${type}"`));
  const path = rel?.match(/Target="([^"]+)"/)?.[1];
  return path === undefined ? undefined : new URL(path, `file:///${folder}/`).pathname.slice(1);
}

export async function readPptx(file: Uint8Array): Promise<ReadPptx> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await entry.async('string'));
  }
  const part = (path: string) => parts.get(path) ?? '';
  const presentation = part('ppt/presentation.xml');
  const presentationRels = part('ppt/_rels/presentation.xml.rels');
  const slidePaths = [...presentation.matchAll(/<p:sldId\b[^>]*r:id="([^"]+)"/g)].map(([, rId]) => {
    const path = presentationRels.match(new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`))?.[1];
    return `ppt/${path}`;
  });
  const slides = slidePaths.map((path): ReadSlide => {
    const [folder, name] = [path.slice(0, path.lastIndexOf('/')), path.slice(path.lastIndexOf('/') + 1)];
    const notesPath = target(part(`${folder}/_rels/${name}.rels`), 'notesSlide', folder);
    const notesXml = (notesPath ? part(notesPath) : '').match(/name="Notes Placeholder[^"]*"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/)?.[1] ?? '';
    const xml = part(path);
    return { part: path, xml, paragraphs: paragraphTexts(xml), textShapes: textShapes(xml), notesXml, notes: paragraphTexts(notesXml) };
  });
  const size = presentation.match(/<p:sldSz\b[^>]*cx="(\d+)"[^>]*cy="(\d+)"/);
  return { slides, size: { cx: Number(size?.[1]), cy: Number(size?.[2]) }, parts };
}

/** Paragraphs as text, their line breaks (layout, not text) left out. */
export const unbroken = (paragraphs: readonly string[]) => paragraphs.map((p) => p.replace(/\n/g, ''));
