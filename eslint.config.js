// Lint enforces the architecture in CONTRIBUTING.md: which layer may import what, no clock or
// Math.random in the rules, and nothing that turns text into markup or code.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (name) => [`**/${name}`, `**/${name}/**`, `../${name}`, `../${name}/*`, `../../${name}`, `../../${name}/*`];
const packages = (...names) => names.map((name) => ({ name, message: `this layer must not depend on ${name} (see CONTRIBUTING.md)` }));
const layers = (...names) => [{ group: names.flatMap(layer), message: 'this layer must not import that layer (see CONTRIBUTING.md)' }];

const noMarkupOrCode = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'build DOM nodes and set textContent: nothing from a scenario, a save or a URL may become markup',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'build DOM nodes and set textContent instead' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'document.write is not allowed' },
];
const noClock = [
  ...noMarkupOrCode,
  { selector: "NewExpression[callee.name='Date']", message: 'the rules never read the clock: time is an input' },
];
const pureRestrictions = [
  { object: 'Math', property: 'random', message: 'randomness comes from the seeded generator in the game state (src/engine/rng.ts)' },
  { object: 'Date', property: 'now', message: 'the rules never read the clock: time is an input' },
  { object: 'performance', property: 'now', message: 'the rules never read the clock: time is an input' },
];

/** Per folder: the packages and layers it must never import. */
const boundaries = {
  'src/engine': {
    pkgs: ['phaser', 'howler', 'zustand', 'zustand/vanilla', 'xstate', 'yaml', 'zod', 'jsep'],
    layers: ['content', 'flow', 'sim', 'ui', 'view', 'audio', 'app', 'cli'],
  },
  'src/content': {
    pkgs: ['phaser', 'howler', 'zustand', 'zustand/vanilla', 'xstate'],
    layers: ['flow', 'sim', 'ui', 'view', 'audio', 'app', 'cli'],
  },
  'src/flow': {
    pkgs: ['phaser', 'howler', 'zustand', 'zustand/vanilla', 'yaml', 'zod', 'jsep'],
    layers: ['sim', 'ui', 'view', 'audio', 'app', 'cli'],
  },
  'src/sim': { pkgs: ['phaser', 'howler', 'zustand', 'zustand/vanilla'], layers: ['ui', 'view', 'audio', 'app', 'cli'] },
  'src/ui': { pkgs: ['phaser', 'howler', 'xstate'], layers: ['view', 'audio', 'app', 'cli', 'sim'] },
  'src/view': { pkgs: ['howler', 'xstate', 'colyseus.js', '@colyseus/core'], layers: ['audio', 'app', 'cli', 'sim', 'server'] },
  'src/audio': {
    pkgs: ['phaser', 'xstate', 'zustand', 'zustand/vanilla'],
    layers: ['engine', 'content', 'flow', 'sim', 'ui', 'view', 'app', 'cli'],
  },
  'src/app': { pkgs: ['phaser', 'howler', '@colyseus/core'], layers: ['cli', 'server'] },
  'src/cli': { pkgs: ['phaser', 'howler', 'zustand', 'zustand/vanilla'], layers: ['ui', 'view', 'audio', 'app'] },
  // The live classroom's protocol is shared by the server and the pages: plain data and schemas only.
  'src/live': {
    pkgs: ['phaser', 'howler', 'zustand', 'zustand/vanilla', 'xstate', 'lit-html', 'colyseus.js', '@colyseus/core'],
    layers: ['flow', 'sim', 'ui', 'view', 'audio', 'app', 'cli', 'server'],
  },
  // The class server runs the same engine and flow as the browser, and nothing of the page.
  'src/server': {
    pkgs: ['phaser', 'howler', 'zustand', 'zustand/vanilla', 'lit-html', 'colyseus.js'],
    layers: ['ui', 'view', 'audio', 'app', 'cli'],
  },
};

export default tseslint.config(
  {
    ignores: [
      'scratch/**',
      'dist/**',
      'dist-blank/**',
      'src/cli/simulate-worker.mjs',
      'node_modules/**',
      'test-results/**',
      'dev-dist/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-eval': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      eqeqeq: 'error',
      curly: ['error', 'multi-line'],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': ['error', ...noMarkupOrCode],
    },
  },
  ...Object.entries(boundaries).map(([folder, rule]) => ({
    files: [`${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { paths: packages(...rule.pkgs), patterns: layers(...rule.layers) }],
    },
  })),
  {
    files: ['src/engine/**/*.ts', 'src/content/**/*.ts', 'src/flow/**/*.ts', 'src/sim/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', ...pureRestrictions],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
        'fetch',
        'process',
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/flow/**/*.ts', 'src/sim/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noClock] },
  },
  {
    // The interface strings are one table per language, not logic: a key a line, kept in step by the type.
    files: ['src/ui/i18n/strings-*.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      'max-lines': ['error', { max: 600, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // String tables are text, not logic: the 400-line cap on modules is about code.
    files: ['src/ui/i18n/strings-*.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['eslint.config.js', 'scripts/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
