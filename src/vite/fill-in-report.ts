import { openFillIns, type DeckModel } from '../outline/model.ts';

/** Whether the build must fail while blanks remain: `npm run build -- --strict` sets DECK_STRICT=1. */
export function strictFillIns(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DECK_STRICT === '1' || env.DECK_STRICT === 'true';
}

/**
 * What the build tells the presenter about blanks still open: each fill-in's id, description
 * and the slides that show it. Empty when every blank has a value.
 */
export function openFillInsReport(model: DeckModel, valuesFile: string): string {
  const open = openFillIns(model);
  if (open.length === 0) return '';
  const lines = open.map(({ fillIn, places }) => {
    const where = [...new Set(places.map((p) => `${p.slide} › ${p.field}`))].join(', ');
    return `  ${fillIn.id} — ${fillIn.description} — ${where}`;
  });
  return (
    `${open.length} of ${model.fillIns.size} blanks are not filled in ${valuesFile}; they show as underlined gaps:\n` +
    `${lines.join('\n')}\n` +
    `Fill them in ${valuesFile} and rebuild; \`npm run build -- --strict\` fails while any is open.`
  );
}
