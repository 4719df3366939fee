// Lint, including the layering rules that keep each process's code in its lane
// (see docs/ARCHITECTURE.md, "Layers"). A violation is an error and fails `npm test`.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const nodeImports = { paths: nodeModules.map((name) => ({ name, message: 'Node modules are not available here.' })), patterns: [{ group: ['node:*'], message: 'Node modules are not available here.' }] };
const electronImport = { name: 'electron', message: 'Only main/electron (the Electron glue) and preload/ may import electron.' };
const domGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'HTMLElement', 'Element', 'requestAnimationFrame', 'fetch'].map((name) => ({ name, message: 'shared/ is pure TypeScript: no DOM.' }));

// Test ids are for tests: the app finds its own elements by id, class or the reference it created.
const testIdRules = [
  { selector: 'Literal[value=/\\[data-testid/], TemplateElement[value.raw=/\\[data-testid/]', message: 'The app does not look elements up by data-testid: use an id, a class or the element it created (ui/dom.ts `required`).' },
  { selector: 'BinaryExpression[operator=/^[!=]==?$/] MemberExpression[property.value="testid"]', message: 'The app does not decide by data-testid: use a class or the element it created.' },
];
// One dialog system (renderer/src/ui/dialog.ts): no other module opens a modal or makes the page inert by hand.
const modalRules = [
  { selector: "CallExpression[callee.property.name='showModal']", message: 'Modals open through the one dialog system, renderer/src/ui/dialog.ts (confirm, input, choose, customDialog).' },
  { selector: "AssignmentExpression[left.property.name='inert'], CallExpression[callee.property.name='setAttribute'][arguments.0.value='inert']", message: 'The dialog system (ui/dialog.ts, on showModal) makes the page inert; do not set inert by hand.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/results.json', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      'one-var': ['error', 'never'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', 'bin/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [electronImport, ...nodeImports.paths],
        patterns: [...nodeImports.patterns, { group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/test/**'], message: 'shared/ imports nothing from the process folders.' }],
      }],
      'no-restricted-globals': ['error', ...domGlobals, { name: 'process', message: 'shared/ is pure TypeScript: no Node.' }, { name: 'Buffer', message: 'shared/ is pure TypeScript: no Node.' }],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ ...electronImport, message: 'The renderer reaches main only through window.inkpost.' }, ...nodeImports.paths],
        patterns: [...nodeImports.patterns, { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through window.inkpost.' }],
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'The renderer never touches Node.' }, { name: 'require', message: 'The renderer never touches Node.' }, { name: 'Buffer', message: 'The renderer never touches Node.' }],
      'no-restricted-syntax': ['error', ...testIdRules, ...modalRules],
    },
  },
  {
    // The one dialog system: the only place that opens a modal.
    files: ['renderer/src/ui/dialog.ts'],
    rules: { 'no-restricted-syntax': ['error', ...testIdRules] },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ ...electronImport, message: 'Services never import electron: the CLI and tests run them on plain Node. Put Electron code in main/electron/.' }],
        patterns: [{ group: ['**/electron/*', '!**/node_modules/**'], message: 'Services never depend on the Electron glue.' }, { group: ['**/renderer/**', '**/preload/**'], message: 'main/ does not import other processes\' code.' }],
      }],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main/ does not import other processes\' code.' }],
      }],
    },
  },
  {
    // The house rule: no function longer than 100 lines in product code (tests may read as long stories).
    files: ['main/**/*.ts', 'renderer/**/*.ts', 'shared/**/*.ts', 'preload/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }] },
  },
  {
    // TEMPORARY (issue 15): exportDraft (130 lines) is being split into its five named steps by its owner.
    // Remove this block as soon as it is under 100 lines.
    files: ['main/services/export/export-draft.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    // node:test's describe/test return promises the runner itself tracks.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: ['describe', 'test', 'it', 'suite'], package: 'node:test' }] }],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer', 'IpcRendererEvent', 'webUtils'], message: 'The preload uses only contextBridge, ipcRenderer and webUtils (for a dropped file\'s path).' }],
        patterns: [{ regex: '^(?!electron$)', allowTypeImports: true, message: 'The preload imports only types besides electron\'s contextBridge and ipcRenderer.' }],
      }],
    },
  },
  {
    // No function longer than 100 lines, comments and blank lines included. The renderer joins once its long
    // functions (startApp, createSidebar, createFormPanel, createTagsField, createUnsavedChanges) are split.
    files: ['main/**/*.ts', 'shared/**/*.ts', 'preload/**/*.ts', 'bench/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 100 }] },
  },
);
