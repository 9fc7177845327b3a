// Lint for what the type checker does not catch: hooks misuse, unused code, Node built-ins in the layers
// that run in a browser. Not type-aware: it must stay fast enough for every `npm test`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  patterns: [{ regex: '^node:', message: 'renderer and shared run in a browser: no Node built-ins here.' }],
  paths: ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'stream', 'events', 'util', 'worker_threads'].map((name) => ({
    name,
    message: 'renderer and shared run in a browser: no Node built-ins here.',
  })),
};

export default tseslint.config(
  // electron-vite bundles its config to a temporary `electron.vite.config.ts.<stamp>.mjs` beside it while the build
  // runs: test-all.mjs lints beside the build, and a lint that listed that file and found it gone failed CI once.
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'resources/**', 'electron.vite.config.ts.*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      // A variable a closure may read before its one assignment (a stop() called early) stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'No enum: use a union of literals.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    // The two classic hook rules. v7's React Compiler rules also flag the "latest value in a ref" pattern
    // that the CBT hooks use on purpose (callbacks that must see the newest props without re-subscribing).
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', nodeBuiltins],
    },
  },
  {
    // Global augmentations (Window, i18next's options) merge only through an interface.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', nodeBuiltins] },
  },
);
