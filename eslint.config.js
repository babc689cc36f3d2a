import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'artifacts', 'coverage', 'dev-dist', 'bench/.out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Imports go one way: shared (rules, store, ui, i18n, lib, content) -> features -> app.
      // Features never import each other, and shared code never imports a feature.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/features/wizard', from: './src/features', except: ['./wizard'] },
            { target: './src/features/plan', from: './src/features', except: ['./plan'] },
            { target: './src/features/tools', from: './src/features', except: ['./tools'] },
            {
              target: ['./src/rules', './src/store', './src/ui', './src/i18n', './src/lib'],
              from: ['./src/features', './src/app'],
            },
            { target: './src/features', from: './src/app' },
            // Rules are pure: no React, no i18n, no DOM-bound modules.
            { target: './src/rules', from: ['./src/store', './src/ui', './src/i18n', './src/lib'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y, i18next },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Every user-visible string comes from content/ through i18next.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['alt', 'aria-label', 'title', 'placeholder', 'label'] },
        },
      ],
    },
  },
  {
    files: [
      'tests/**/*.{ts,tsx,mjs,js}',
      'scripts/**/*.{mjs,js,ts}',
      'bench/*.mjs',
      '*.config.{js,ts}',
      '.ci/**',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
