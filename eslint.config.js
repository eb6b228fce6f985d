// ESLint for banqup-import (style.md §9): `npm run lint`. Type-aware (typescript-eslint's
// recommendedTypeChecked, on the project's tsconfig.json), plus the rules that keep the shape of
// the program: no import cycle, no floating promise, and the process (exit, environment, console)
// touched only by the shell modules.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The shell modules (style.md §8, rules 1 and 4): src/cli.ts is the process boundary (signals,
 * streams, the exit code), src/main.ts the commander program, src/config/** resolveConfig. Every
 * other module gets the process through `io` (src/io.ts), so tests can run it in-process.
 * - process.exit and process.exitCode: src/cli.ts only. main.ts returns the exit code and
 *   "never exits the process" (its contract); an exit elsewhere can cut off piped stdout.
 * - process.env: src/cli.ts (which hands it to main as io.env) and src/config/** (resolveConfig,
 *   the one reader of the environment). main.ts reads io.env like every command.
 * - console: src/cli.ts and src/main.ts; everything else writes to io.stdout / io.stderr.
 * The sandbox command (src/commands/sandbox.ts) needs no exception: it prints through io like the
 * other commands, and cli.ts keeps the loop alive for its server (see the end of cli.ts).
 */
const EXIT = [
  { object: 'process', property: 'exit', message: 'Only src/cli.ts ends the process: return an exit code (style.md §8.4).' },
  { object: 'process', property: 'exitCode', message: 'Only src/cli.ts sets the exit code: return it (style.md §8.4).' },
];
const ENV = [{ object: 'process', property: 'env', message: 'Read the environment from io.env; only src/cli.ts and src/config/** read process.env.' }];

export default tseslint.config(
  {
    ignores: ['dist/', 'build-tools/', 'coverage/', '.bench/', '.reliability/', 'node_modules/', 'fixtures/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads the imported modules to follow the graph: TypeScript ones with this parser.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      // Node's resolution, with the .js of a NodeNext import found as the .ts it is compiled from.
      'import-x/resolver-next': [importX.createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      // verbatimModuleSyntax keeps `import { type A } from './a.js'` as `import {} from './a.js'`,
      // a real (side-effect) import that import-x/no-cycle does not see: write `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'error',
      // style.md §9 proposes null: 'never' (changesets). Here the types tell null from undefined
      // (noUncheckedIndexedAccess gives undefined, JSON and the API give null) and ~140
      // comparisons say `=== null` on purpose; 'never' would rewrite them to `== null` and blur
      // which one is meant. `x == null`, for "null or undefined", stays allowed.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      'no-restricted-properties': ['error', ...EXIT, ...ENV],
    },
  },
  {
    files: ['src/cli.ts'],
    rules: { 'no-console': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/config/**'],
    rules: { 'no-restricted-properties': ['error', ...EXIT] },
  },
  {
    // It prints nothing: it swaps console.error and console.warn for no-ops while SheetJS parses,
    // because SheetJS prints its own chatter there ("ODS number format may be incorrect").
    files: ['src/input/loadWorkbook.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // no-control-regex guards against a control character slipped into a regex by mistake. These
    // regexes are there to find control characters: the terminal sanitiser, the CSV formula guard,
    // and the tests that check no escape sequence or control character gets through.
    files: ['src/report/sanitize.ts', 'src/report/csvCell.ts', 'test/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // SheetJS's dense rows are sparse arrays where a missing cell is a hole, which is what
    // `delete row[c]` leaves (an `undefined` entry is not the same to every SheetJS code path).
    files: ['src/report/errorWorkbook.ts'],
    rules: { '@typescript-eslint/no-array-delete': 'off' },
  },
  {
    // Tests, the bench, the demo and the build tools are programs of their own: they may use the
    // console and the process (a tool's exit code, the bench's BENCH_* variables).
    files: ['test/**', 'tools/**'],
    rules: { 'no-console': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // The sandbox's tests of contract version 2 walk raw answers (`call(...).raw`: sharing, links,
    // merge patches, the sandbox's own counters) whose shape is exactly what they assert; typing
    // each would restate the contract inside the test. Their values reach only expect().
    files: ['test/api/sandboxPatch.test.ts', 'test/api/sandboxSharing.test.ts', 'test/api/sandboxState.test.ts', 'test/api/sandboxQuery.test.ts', 'test/api/sandboxCommand.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Config files that their tools load by default export.
    files: ['eslint.config.js', 'vitest.config.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    // Plain JavaScript (this file, two scripts of the reliability suite): no type information.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
