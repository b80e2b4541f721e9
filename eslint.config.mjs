import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'server/generated/**',
      '.data/**',
      'coverage/**',
      'tools/prisma-dev/.schema/**',
      'tests/fixtures/**',
      '.tmp/**',
      'tests/e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Layering: the domain is pure, shared/ is used by both sides and knows neither.
    files: ['server/domain/**/*.ts', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['koa', '@koa/*', 'koa-*'], message: 'domain/ and shared/ must not depend on Koa' },
            { group: ['**/generated/prisma/**', '@prisma/*', 'pg'], message: 'domain/ and shared/ must not depend on the database' },
            { group: ['**/server/**', '../server/**'], message: 'shared/ must not import server code' },
            { group: ['@tarojs/*', 'react'], message: 'shared/ must stay platform-neutral' },
          ],
        },
      ],
    },
  },
  {
    files: ['miniprogram/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', 'pg', '@prisma/*', 'koa'], message: 'the mini-program talks to the server only through the API client' }] }],
      // Taro H5 renders disabled={false} on its form elements as the attribute disabled="false", which its stylesheet
      // still styles as disabled (faded text on every enabled button): spread disabledIf(cond) from utils/disabled.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name=/^(Button|Input|Textarea|Switch|Checkbox|Radio|Picker|Slider)$/] > JSXAttribute[name.name='disabled'][value.type='JSXExpressionContainer']",
          message: 'Taro H5 renders disabled={false} as disabled="false" (styled as disabled): use {...disabledIf(condition)} from utils/disabled',
        },
        { selector: 'JSXAttribute[name.name=/-$/]', message: 'an attribute name ending in "-" (a cut-off aria-… or data-… name)' },
      ],
    },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
