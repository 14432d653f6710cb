// ESLint: typescript-eslint's recommended rules, React hooks rules, and the import boundaries
// of DESIGN.md (shared/ is pure; client/ and server/ never import each other; a client feature
// is used from outside only through its index.ts, and features depend on one another in layers,
// so that they never import one another in a circle).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Which client features each feature may import (through their index.ts). The order is a layering:
 * a feature uses only features listed before it, so no two features import each other in a circle.
 * The pages (client/app) may use any feature; shared UI, hooks and the cache live outside features
 * (client/components, client/lib, client/data).
 */
const FEATURE_LAYERS = {
  qa: [],
  memory: [],
  glossary: [],
  people: [],
  session: [],
  review: ['qa'],
  queue: ['qa'],
  live: ['qa', 'queue', 'review'],
  documents: ['live', 'people'],
  editor: ['qa', 'review', 'memory'],
};

const boundary = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.scratch/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': boundary(['**/server/**', 'node:*'], 'client/ never imports server code or Node built-ins.'),
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': [
        { type: 'feature', pattern: 'client/features/*', capture: ['name'] },
        { type: 'page', pattern: 'client/app' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'A feature is used from outside only through its index.ts, by the pages and by the features FEATURE_LAYERS lets use it.',
          policies: [
            { from: { element: { type: 'page' } }, allow: { to: { element: { type: 'feature', fileInternalPath: 'index.ts' } } } },
            ...Object.entries(FEATURE_LAYERS)
              .filter(([, uses]) => uses.length > 0)
              .map(([name, uses]) => ({
                from: { element: { type: 'feature', captured: { name } } },
                allow: { to: { element: { type: 'feature', captured: { name: uses }, fileInternalPath: 'index.ts' } } },
              })),
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': boundary(['**/client/**'], 'server/ never imports client code.') },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': boundary(
        ['**/client/**', '**/server/**', 'node:*', 'react', 'express', 'better-sqlite3'],
        'shared/ is pure: no client, server, Node or framework imports.',
      ),
    },
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
