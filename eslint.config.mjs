// Lint setup. Beyond typescript-eslint's recommended rules, the `no-restricted-imports`
// blocks below enforce the layer table of DESIGN.md §1: each runtime folder may import
// only what its runtime has. test/layering.test.ts checks the same table independently.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'net'];
const UI = ['react', 'react-dom', 'react-dom/*', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'monaco-editor', 'monaco-editor/*', '@monaco-editor/*', 'monaco-yaml', 'cmdk', 'comlink'];

const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'resources/**', '.vite/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', 'bench/**', 'bin/**', 'test/**', 'src/cli/**', 'src/main/**', '*.ts', '*.mts', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: layer(
      [...NODE_BUILTINS, 'electron', ...UI, '**/cli/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/contracts/**'],
      'src/core is the pure engine: no Node built-ins, no Electron, no UI libraries, no other layer (DESIGN.md §1).',
    ),
  },
  {
    files: ['src/contracts/**/*.ts'],
    rules: layer(
      [...NODE_BUILTINS, 'electron', ...UI, '**/cli/**', '**/main/**', '**/preload/**', '**/renderer/**'],
      'src/contracts is shared by main, preload, renderer and the worker: types and schemas only.',
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer(['electron', ...UI, '**/main/**', '**/preload/**', '**/renderer/**'], 'src/cli runs on plain Node: core and Node only.'),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: layer([...UI, '**/cli/**', '**/preload/**', '**/renderer/**'], 'src/main is the Electron main process: no UI, no renderer code.'),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layer([...NODE_BUILTINS, ...UI, '**/core/**', '**/cli/**', '**/main/**', '**/renderer/**'], 'src/preload exposes the contract and nothing else.'),
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    rules: layer([...NODE_BUILTINS, 'electron', '**/cli/**', '**/main/**', '**/preload/**'], 'src/renderer is a web page: it talks to the host through the contract only.'),
  },
);
