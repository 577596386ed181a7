// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * The house's import rules, enforced here (and proven by test/unit/boundaries.test.ts):
 *   core/      imports only core/ (no electron, no DOM; the CLI and the main process run it)
 *   cli/       imports core/
 *   electron/  imports core/ (main process only)
 *   renderer/  imports the contract's types, core/i18n and core/model; no Node, no Electron
 *   tests      anything
 */
const NOT_ELECTRON = { name: 'electron', message: 'Only electron/ may import electron.' };
/** A relative import that climbs out to one of the repository's top-level `folders`. */
const upward = (message, ...folders) => ({
  regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`,
  message,
});

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
    files: [
      'core/**/*.ts',
      'cli/**/*.ts',
      'electron/**/*.ts',
      'scripts/**/*.{js,mjs,cjs}',
      'test/**/*.{ts,mjs,js}',
      'bin/**/*.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [NOT_ELECTRON],
          patterns: [
            upward(
              'core/ imports only core/: it runs under the CLI, the main process and the window.',
              'cli',
              'electron',
              'renderer',
              'test',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [NOT_ELECTRON],
          patterns: [upward('cli/ imports only core/.', 'electron', 'renderer', 'test')],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            upward(
              'The main process imports core/, never the renderer or the CLI.',
              'cli',
              'renderer',
              'test',
            ),
          ],
        },
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
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'No Electron in the renderer.' },
            ...['fs', 'child_process', 'path', 'os'].map((name) => ({
              name,
              message: 'No Node in the renderer.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'No Node in the renderer.' },
            {
              group: ['**/electron/**', '!**/electron/contract'],
              message: 'The renderer may import only the types of electron/contract.',
            },
            {
              group: ['**/electron/contract'],
              allowTypeImports: true,
              message: 'The renderer may import only the types of electron/contract.',
            },
            {
              regex: '(^|/)core/(?!(i18n|model)(/|$))',
              message: 'The renderer may import core/i18n and core/model only.',
            },
            upward('The renderer does not import the CLI or the tests.', 'cli', 'test'),
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
