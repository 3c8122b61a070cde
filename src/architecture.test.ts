import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

/** The layer rules of .dependency-cruiser.cjs (docs/architecture.md), applied to a tree of files. */
const root = fileURLToPath(new URL('../', import.meta.url));
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as { forbidden: unknown[]; options: ICruiseOptions };

async function violations(dir: string, paths: string[]): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const options = { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true } as ICruiseOptions;
    const result = await cruise(paths, options);
    const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
    expect(output.summary.totalCruised, 'modules read').toBeGreaterThan(0);
    return output.summary.violations.map((v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} → ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}

describe('the layers (.dependency-cruiser.cjs)', () => {
  it('hold in the code: no cycle, no import upward but the speaker view’s lazy load; tests and commands share only tools/', async () => {
    expect(await violations(root, ['src', 'slides', 'e2e', 'scripts', 'tools'])).toEqual([]);
  }, 60_000);

  it('catch a cycle, an upward import and a static import of the speaker view', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-layers-'));
    const file = (path: string, code: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), code);
    };
    file('src/outline/model.ts', "import { page } from '../render/page.ts';\nexport const model = page;\n");
    file('src/render/page.ts', "import { model } from '../outline/model.ts';\nexport const page = () => model;\n");
    file('src/deck/main.ts', "import { view } from '../presenter/view.ts';\nexport const lazy = () => import('../presenter/view.ts');\nexport { view };\n");
    file('src/presenter/view.ts', 'export const view = 1;\n');
    file('tsconfig.json', '{}');
    const found = await violations(dir, ['src']);
    expect(found).toContain('no-cycles: src/outline/model.ts → src/render/page.ts');
    expect(found).toContain('model-stays-pure: src/outline/model.ts → src/render/page.ts');
    expect(found).toContain('deck-loads-the-speaker-view-lazily: src/deck/main.ts → src/presenter/view.ts');
  }, 60_000);
});
