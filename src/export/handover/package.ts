/**
 * The hand-over package: what it holds, under which names, and its 说明.txt. While any blank is
 * open the package is a draft (草稿): each file's name starts with 草稿-, the folder inside the
 * zip ends with （草稿）, and 说明.txt says so first and lists the open blanks last.
 */
import { openFillIns, type DeckModel } from '../../outline/model.ts';
import { slideFacts, deckTitle } from '../../outline/slide-model.ts';
import { guideFile } from '../../shared/guide.ts';
import { strings } from '../../strings.ts';
import { handoverStrings } from './strings.ts';

/** The files of the package, by their plain names, in the order 说明.txt lists them. */
export const HANDOVER_FILES = ['offline.html', 'slides.pdf', 'handout.pdf', 'script.pdf', 'slides.pptx', 'speech.docx', guideFile] as const;
export type HandoverFile = (typeof HANDOVER_FILES)[number];

export interface HandoverPlan {
  /** Whether blanks are open. */
  draft: boolean;
  /** Each file's name in the package. */
  names: Record<HandoverFile, string>;
  /** The folder the zip unpacks to: the speech's title (and （草稿）). */
  folder: string;
  readme: string;
}

/** The pages (the numbers the audience sees) that show or read each open blank. */
function openBlanks(model: DeckModel): { description: string; pages: number[] }[] {
  const numbers = new Map(slideFacts(model).map((f) => [f.id, f.number.current]));
  return openFillIns(model).map(({ fillIn, places }) => ({
    description: fillIn.description,
    pages: [...new Set(places.map((p) => numbers.get(p.slide)!))].sort((a, b) => a - b),
  }));
}

/**
 * 说明.txt: which file is for what, how to present from a USB stick, and which blanks are open.
 * Windows line ends, and a byte-order mark: Notepad before Windows 10 (1903) reads a UTF-8 file
 * without one as GBK, and would show the Chinese garbled.
 */
export function readmeText(model: DeckModel, names: Record<HandoverFile, string>): string {
  const t = handoverStrings;
  const open = openBlanks(model);
  const keys = strings.keys.map((key) => `  ${key.shown}：${key.label}`);
  const lines = [
    deckTitle(model),
    ...(open.length > 0 ? ['', t.draftNotice(open.length)] : []),
    '',
    t.filesHeading,
    ...HANDOVER_FILES.map((file) => `  ${names[file]}：${t.files[file]}`),
    '',
    t.presentHeading,
    ...t.presentSteps(names['offline.html'], names['slides.pdf'], names['slides.pptx']).map((step, i) => `  ${i + 1}. ${step}`),
    '',
    t.keysHeading,
    ...keys,
    '',
    t.openHeading(open.length),
    ...(open.length > 0 ? open.map((blank) => `  ${t.openItem(blank.description, blank.pages)}`) : [`  ${t.noOpen}`]),
    '',
  ];
  return `\ufeff${lines.join('\r\n')}`;
}

export function handoverPlan(model: DeckModel): HandoverPlan {
  const draft = openFillIns(model).length > 0;
  // The guide keeps its name, draft or not: the deck's help links it by that name. It holds no blank.
  const names = Object.fromEntries(HANDOVER_FILES.map((file) => [file, draft && file !== guideFile ? `${handoverStrings.draft}-${file}` : file])) as Record<HandoverFile, string>;
  const title = deckTitle(model);
  return { draft, names, folder: draft ? handoverStrings.draftFolder(title) : title, readme: readmeText(model, names) };
}
