import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layering of DESIGN.md: core ← adapters ← stores ← features ← app.
// A wrong-way import fails lint.
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', 'next', 'next/*', '@monaco-editor/*', 'recharts'];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'public/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**', 'bench/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/core/**'],
    [...UI, 'zustand', 'zustand/*', 'pyodide', 'pyodide/*', '@google/genai', '@/adapters/*', '@/stores/*', '@/features/*', '@/app/*', 'node:*'],
    'src/core is pure TypeScript + zod: no React, storage, network, Pyodide or other layers.',
  ),
  layer(
    ['src/adapters/**'],
    [...UI, 'zustand', 'zustand/*', '@/stores/*', '@/features/*', '@/app/*'],
    'src/adapters may use core only (plus Worker, fetch, storage): no React, stores or features.',
  ),
  layer(
    ['src/stores/**'],
    [...UI, '@/features/*', '@/app/*', '@/adapters/python/*', '@/adapters/gemini/*'],
    'src/stores hold Zustand state over core functions: no UI, workers or network.',
  ),
  layer(
    ['src/features/**'],
    ['@/app/*', '@/features/*/*'],
    'Features import other features only through their index (e.g. @/features/runtime), never app code.',
  ),
  layer(
    ['workers/**'],
    [...UI, 'zustand', 'zustand/*', '@/stores/*', '@/features/*', '@/app/*', '@/adapters/*', '../src/adapters/*', '../src/stores/*', '../src/features/*'],
    'workers/ may use Pyodide, src/core and the protocol only.',
  ),
];

export default config;
