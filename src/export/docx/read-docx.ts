/**
 * Reads a .docx back as a client would find it: the body's paragraphs with their style, text,
 * lines and runs, the section's page, margins and grid, the footers, the styles' fonts and the
 * document properties. What the tests assert on (unit and LibreOffice tests).
 */
import JSZip from 'jszip';

export interface ReadRun {
  text: string;
  /** The run's character style, if any. */
  style: string | undefined;
  underline: boolean;
}

export interface ReadParagraph {
  style: string;
  /** The text, a line break (`<w:br/>`) as \n. */
  text: string;
  /** The text cut at its line breaks. */
  lines: string[];
  runs: ReadRun[];
}

export interface ReadStyle {
  id: string;
  name: string;
  basedOn: string | undefined;
  /** w:rFonts w:eastAsia, where the style sets it. */
  eastAsia: string | undefined;
  /** w:sz, half-points, where the style sets it. */
  size: number | undefined;
  xml: string;
}

export interface ReadDocx {
  paragraphs: ReadParagraph[];
  section: {
    page: { w: number; h: number };
    margin: Record<'top' | 'right' | 'bottom' | 'left' | 'footer', number>;
    grid: { type: string; linePitch: number; charSpace: number };
  };
  /** Each footer by its reference type (default, even), as paragraphs and raw markup. */
  footers: Record<string, { xml: string; paragraphs: ReadParagraph[] }>;
  styles: Map<string, ReadStyle>;
  /** The font table: each font's name and its alternative name. */
  fontTable: { name: string; altName: string | undefined }[];
  core: Record<'title' | 'creator' | 'subject' | 'language', string>;
  settings: string;
  /** Every XML part by path. */
  parts: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeXml = (text: string) =>
  text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITIES[name!] ?? whole),
  );

const attr = (xml: string, element: string, name: string): string | undefined =>
  xml.match(new RegExp(`<${element}\\b[^>]*?\\s${name}="([^"]*)"`))?.[1];

/** The paragraphs (`<w:p>`) of a piece of WordprocessingML. */
export function readParagraphs(xml: string): ReadParagraph[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, body]) => {
    const runs = [...body!.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)].map(([, run]): ReadRun => {
      const text = [...run!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)].map(([whole, t]) => (t !== undefined ? decodeXml(t) : whole === '<w:tab/>' ? '\t' : '\n')).join('');
      return { text, style: attr(run!, 'w:rStyle', 'w:val'), underline: /<w:u w:val="(?!none)/.test(run!) };
    });
    const text = runs.map((r) => r.text).join('');
    return { style: attr(body!, 'w:pStyle', 'w:val') ?? '', text, lines: text.split('\n'), runs };
  });
}

function readStyles(xml: string): Map<string, ReadStyle> {
  return new Map(
    [...xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)].map(([whole, id, body]) => [
      id!,
      {
        id: id!,
        name: decodeXml(attr(body!, 'w:name', 'w:val') ?? ''),
        basedOn: attr(body!, 'w:basedOn', 'w:val'),
        eastAsia: attr(body!, 'w:rFonts', 'w:eastAsia'),
        size: attr(body!, 'w:sz', 'w:val') === undefined ? undefined : Number(attr(body!, 'w:sz', 'w:val')),
        xml: whole,
      },
    ]),
  );
}

export async function readDocx(data: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) if (!entry.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await entry.async('string'));
  const part = (path: string) => {
    const xml = parts.get(path);
    if (xml === undefined) throw new Error(`the .docx has no ${path}`);
    return xml;
  };
  const document = part('word/document.xml');
  const sectPr = document.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/)?.[0] ?? '';
  const number = (element: string, name: string) => Number(attr(sectPr, element, name));
  const rels = part('word/_rels/document.xml.rels');
  const footers = Object.fromEntries(
    [...sectPr.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map(([, type, id]) => {
      const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
      const xml = part(`word/${target}`);
      return [type!, { xml, paragraphs: readParagraphs(xml) }];
    }),
  );
  const core = part('docProps/core.xml');
  const coreField = (name: string) => decodeXml(core.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1] ?? '');
  const body = document.slice(document.indexOf('<w:body>'), document.indexOf('<w:sectPr'));
  return {
    paragraphs: readParagraphs(body),
    section: {
      page: { w: number('w:pgSz', 'w:w'), h: number('w:pgSz', 'w:h') },
      margin: {
        top: number('w:pgMar', 'w:top'),
        right: number('w:pgMar', 'w:right'),
        bottom: number('w:pgMar', 'w:bottom'),
        left: number('w:pgMar', 'w:left'),
        footer: number('w:pgMar', 'w:footer'),
      },
      grid: { type: attr(sectPr, 'w:docGrid', 'w:type') ?? '', linePitch: number('w:docGrid', 'w:linePitch'), charSpace: number('w:docGrid', 'w:charSpace') },
    },
    footers,
    styles: readStyles(part('word/styles.xml')),
    fontTable: [...part('word/fontTable.xml').matchAll(/<w:font w:name="([^"]*)">([\s\S]*?)<\/w:font>/g)].map(([, name, font]) => ({
      name: decodeXml(name!),
      altName: attr(font!, 'w:altName', 'w:val'),
    })),
    core: { title: coreField('dc:title'), creator: coreField('dc:creator'), subject: coreField('dc:subject'), language: coreField('dc:language') },
    settings: part('word/settings.xml'),
    parts,
  };
}
