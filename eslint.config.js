// Lint rules double as the architecture's fences: which process may import what, and where HTML may enter the DOM.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { builtinModules } from 'node:module'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
const noElectron = {
  name: 'electron',
  message: 'Only main/app (the Electron glue) and preload/index.ts may import electron.',
}
const noNode = nodeBuiltins.map((name) => ({
  name,
  message: 'This code runs without Node: no Node built-ins here.',
}))

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'fixtures/**',
      'samples/**',
      'e2e/xss-corpus/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No raw HTML: render article HTML with SanitizedHtml.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No raw HTML: render article HTML with SanitizedHtml.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'No document.write.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render article HTML with SanitizedHtml.',
        },
      ],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, ...noNode, { name: 'react', message: 'common/ is UI-free.' }] },
      ],
    },
  },
  {
    files: ['main/engine/**/*.ts', 'main/ipc/**/*.ts', 'main/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNode],
          patterns: [
            { group: ['**/main/**'], message: 'The renderer talks to main only through the bridge.' },
            {
              group: ['zod', '**/ipc/contract', '**/preferences-schema', '**/common/article'],
              allowTypeImports: true,
              message:
                'Types only: zod probes for eval when it loads, which the CSP reports. Validation happens in main.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/api.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, ...noNode] }] },
  },
)
