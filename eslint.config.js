// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/generated/', 'custom-elements.json', '.size/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Markup from data would bypass Lit's escaping; the library never builds HTML from strings.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use Lit templates; innerHTML bypasses escaping and Trusted Types.' },
        { property: 'outerHTML', message: 'Use Lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Use Lit templates.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: text must show as text.' }, { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG.' }] }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Personal data must never reach the console.
      'no-console': 'error',
    },
  },
  {
    // Tests read markup to assert on it and use chai's property assertions (`.to.be.true`).
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
