/**
 * The layers of the code (docs/architecture.md), which imports only go down, checked by
 * src/architecture.test.ts. Type-only imports count too: they tie the layers as much as values do.
 */
const layer = (name) => `^src/${name}/`;
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'A cycle ties two modules into one.', from: {}, to: { circular: true } },
    {
      name: 'model-stays-pure',
      severity: 'error',
      comment: 'The model (src/outline) knows no output: every output reads it.',
      from: { path: layer('outline') },
      to: { path: [layer('render'), layer('export'), layer('vite'), layer('deck'), layer('presenter'), layer('shared')] },
    },
    {
      name: 'render-maps-the-model-only',
      severity: 'error',
      comment: 'The page renderer is a mapping of the model: no build, export or browser code.',
      from: { path: layer('render') },
      to: { path: [layer('export'), layer('vite'), layer('deck'), layer('presenter'), layer('shared')] },
    },
    {
      name: 'theme-is-a-leaf',
      severity: 'error',
      comment: 'Tokens and stylesheets are read by every layer and read none.',
      from: { path: layer('theme') },
      to: { path: [layer('outline'), layer('render'), layer('export'), layer('vite'), layer('deck'), layer('presenter'), layer('shared')] },
    },
    {
      name: 'shared-serves-both-sides',
      severity: 'error',
      comment: 'What the deck and the speaker view share depends on neither.',
      from: { path: layer('shared') },
      to: { path: [layer('deck'), layer('presenter'), layer('render'), layer('export'), layer('vite')] },
    },
    {
      name: 'deck-loads-the-speaker-view-lazily',
      severity: 'error',
      comment: 'The audience side reaches the speaker view only by its lazy load (a chunk of its own).',
      from: { path: layer('deck') },
      to: { path: layer('presenter'), dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'presenter-knows-no-deck-controller',
      severity: 'error',
      comment: 'The speaker view takes the deck API and shared code, never an audience-side controller.',
      from: { path: layer('presenter') },
      to: { path: layer('deck') },
    },
    {
      name: 'browser-code-stays-in-the-browser',
      severity: 'error',
      comment: 'Browser code imports no build, export or render module (Node code).',
      from: { path: [layer('deck'), layer('presenter'), layer('shared')] },
      to: { path: [layer('render'), layer('export'), layer('vite')] },
    },
    {
      name: 'tests-and-commands-share-only-tools',
      severity: 'error',
      comment: 'Browser tests and commands share what they both need through tools/, never each other.',
      from: { path: '^e2e/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'commands-import-no-tests',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^e2e/' },
    },
    {
      name: 'tools-stay-below-tests-and-commands',
      severity: 'error',
      from: { path: '^tools/' },
      to: { path: '^(e2e|scripts)/' },
    },
    {
      name: 'product-code-imports-no-tests-or-scripts',
      severity: 'error',
      from: { path: '^(src|slides)/' },
      to: { path: '^(e2e|scripts|tools)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    // swc reads the TypeScript: dependency-cruiser takes the compiler API of TypeScript < 7 only.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
