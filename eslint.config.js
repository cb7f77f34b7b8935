// One flat config for the whole workspace: TypeScript everywhere, Vue with accessibility rules in the web app.
import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier';
import pluginVue from 'eslint-plugin-vue';
import vueA11y from 'eslint-plugin-vuejs-accessibility';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.data/**', '**/coverage/**', 'artifacts/**', 'packages/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  ...vueA11y.configs['flat/recommended'],
  // Layout is Prettier's (`pnpm format`); ESLint keeps to what code means.
  eslintConfigPrettier,
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  { files: ['apps/web/src/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    // A module reads another module's data through that module's service, handed over by the composition root
    // (apps/api/src/services.ts), or through the shared lookups; never through its repository.
    files: ['apps/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Any path to a repository but the module's own (`./x.repository`) or the lookups', however it is
              // spelled (`./../goals/…`, `../reviews/../goals/…`).
              regex: String.raw`^(?!\./[^/]+$)(?!(\.\./)+lookups/lookups\.repository(\.[a-z]+)?$).*\.repository(\.[a-z]+)?(/index)?$`,
              message:
                "Another module's repository is its own: take what you need from its service (wired in apps/api/src/services.ts) or from apps/api/src/lookups.",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/\\.repository/]',
          message: "A repository is not imported on demand: another module's data comes from its service or the lookups.",
        },
      ],
    },
  },
  {
    // The lookups sit below every module: they may not reach back up into one.
    files: ['apps/api/src/lookups/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../modules/**', '**/modules/**'], message: 'Lookups are shared by every module and import none.' }] },
      ],
    },
  },
);
