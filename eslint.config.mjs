// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'test-output', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{js,mjs}', 'test/**/*.{ts,mjs,js}', 'bin/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The Kerberos core runs in plain Node (CLI, tests) as well as in Electron's main process.
    files: ['electron/kerberos/**/*.ts', 'electron/groups/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The core must not import electron.' }] },
      ],
    },
  },
  {
    // The renderer is a sandboxed web page: no Node, no Electron.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'fs', 'child_process', 'path', 'os'],
          patterns: [
            { group: ['node:*'], message: 'No Node in the renderer.' },
            {
              group: ['../electron/*', '!../electron/contract', '!../electron/kerberos/types'],
              message: 'The renderer may import only types from electron/contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.{js,mjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
