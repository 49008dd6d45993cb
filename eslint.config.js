// The lint rules that keep Linkki's layers and features apart (see the layout in the style guide):
// type-aware typescript-eslint, React hooks in the web app, and import boundaries checked on
// resolved paths, so a relative import cannot step around a package or feature boundary.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/**
 * Which workspace packages each one may import (by package name; `importsTypes` only as
 * `import type`). Dependencies flow one way: domain ← db ← api ← functions; web sees the API
 * only as types; infra knows functions only by entry path. Packages not listed (local, tests)
 * compose everything.
 */
const layers = [
  { files: 'packages/domain', imports: [] },
  { files: 'packages/db', imports: ['@linkki/domain'] },
  { files: 'packages/api', imports: ['@linkki/db', '@linkki/domain'] },
  { files: 'functions', imports: ['@linkki/api', '@linkki/db', '@linkki/domain'] },
  { files: 'infra', imports: ['@linkki/db', '@linkki/domain'] },
  // The synth tests also start the local server's static files, to compare its headers with CloudFront's.
  { files: 'infra/test', imports: ['@linkki/db', '@linkki/domain', '@linkki/local'] },
  { files: 'web', imports: [], importsTypes: ['@linkki/api'] },
];

const layerRules = layers.map(({ files, imports, importsTypes = [] }) => ({
  files: [`${files}/**/*.{ts,tsx}`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: importsTypes.map((name) => ({
          name,
          allowTypeImports: true,
          message: `${files} may use ${name} only through \`import type\`.`,
        })),
        patterns: [
          {
            regex: `^@linkki/(?!(${[...imports, ...importsTypes].map((name) => name.slice('@linkki/'.length)).join('|')})(/|$))`,
            message: `${files} may import only ${imports.length > 0 ? imports.join(', ') : 'no other workspace package'}${importsTypes.length > 0 ? ` (and ${importsTypes.join(', ')} as types)` : ''}: dependencies flow domain ← db ← api ← functions.`,
          },
        ],
      },
    ],
  },
}));

/**
 * bulletproof-react's zones: a feature imports only from itself and shared code; shared code
 * (`lib`, `components`, `i18n`) imports no feature and no route; only `app` composes features.
 */
const webFeatures = readdirSync(`${root}/web/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const webZones = [
  ...webFeatures.map((feature) => ({
    target: `./web/src/features/${feature}`,
    from: './web/src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature: move the shared piece to web/src/lib or web/src/components, or let web/src/app compose them.',
  })),
  {
    target: ['./web/src/features', './web/src/lib', './web/src/components', './web/src/i18n'],
    from: './web/src/app',
    message: 'Only web/src/app composes routes; features and shared code do not import it.',
  },
  {
    target: ['./web/src/lib', './web/src/components', './web/src/i18n'],
    // Only code: the message catalog in web/src/i18n gathers each feature's messages/*.json.
    from: './web/src/features/**/*.{ts,tsx}',
    message: 'Shared code does not depend on a feature: move what both need into web/src/lib or web/src/components.',
  },
];

export default tseslint.config(
  {
    // Built and generated output, and the built web app the infra tests deploy as a fixture.
    ignores: ['**/node_modules/**', '**/dist/**', '**/cdk.out/**', '**/coverage/**', '.data/**', '.tools/**', 'tests/e2e/screenshots/**', 'infra/test/fixtures/web-dist/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          // Files outside every package's tsconfig: the root test config and the local platform's plain-Node launchers.
          allowDefaultProject: ['vitest.config.ts', 'packages/local/*.mjs'],
        },
        tsconfigRootDir: root,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['*/tsconfig.json', 'packages/*/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // Unused names are errors, but a leading underscore marks a parameter a signature requires.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Off: an async function that implements a Promise-returning contract (an export store, an
      // account directory, a fake client, a Lambda fixture) keeps its throws as rejections, which
      // callers rely on; no-floating-promises and no-misused-promises catch the real mistakes.
      '@typescript-eslint/require-await': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      // A workspace package is reached by its name and its exports, never by ../../packages/*/src.
      'import-x/no-relative-packages': 'error',
      'import-x/no-restricted-paths': ['error', { zones: webZones }],
      // zod's named export `z` holds its whole namespace, locales included, in every bundle; the namespace import lets the bundler drop them.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z']",
          message: "Import zod as a namespace (`import * as z from 'zod'`) so bundles can drop its locales.",
        },
      ],
    },
  },
  ...layerRules,
  {
    // The style guide puts `*.int.test.ts` beside the code and the table bootstrap in tests/helpers,
    // so these tests (and only they) reach into the tests package.
    files: ['packages/*/src/**/*.int.test.ts', 'functions/src/**/*.int.test.ts'],
    rules: { 'import-x/no-relative-packages': 'off' },
  },
  {
    // vitest types its asymmetric matchers (expect.any, objectContaining…) as any; tests write them inside expected values.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // These tests read synthesized CloudFormation, which aws-cdk-lib's assertions hand out as any:
    // typing every resource's properties would restate the CloudFormation spec, and the
    // toEqual/toMatchObject assertions on it are the check.
    files: ['infra/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    // The rules of hooks. The plugin's React Compiler rules (set-state-in-effect, use-memo, purity…)
    // are left out: they describe code the compiler optimizes, and this app is not compiled by it.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
