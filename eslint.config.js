import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// `import * as z` lets esbuild tree-shake zod (443 KB → ~90 KB per Lambda bundle).
const zodNamespaceOnly = {
  selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z'], ImportDeclaration[source.value='zod'] > ImportDefaultSpecifier",
  message: "Use `import * as z from 'zod'` so Lambda bundles tree-shake zod.",
};

// Bundled code (shared/, functions/, the manifest) uses zod/mini through shared/zod.ts: classic zod's
// chained methods cannot be tree-shaken (~95 KB and ~25 ms of init in every Lambda bundle).
const bundledZod = {
  paths: [{ name: 'zod', message: "Bundled code uses zod/mini: `import * as z from '<relative>/shared/zod'`." }],
  patterns: [{ group: ['zod/*'], message: "Import zod/mini only through shared/zod.ts (it loads the English messages once)." }],
};
const pureDomain = { group: ['@aws-sdk/*', 'aws-cdk-lib*'], message: 'Domain code is pure: no AWS SDK.' };

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'frontend/dist/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', zodNamespaceOnly],
    },
  },
  {
    files: ['shared/**/*.ts', 'functions/**/*.ts', 'infra/manifest.ts', 'infra/manifest-types.ts', 'infra/manifest/**/*.ts'],
    ignores: ['shared/zod.ts'],
    rules: { 'no-restricted-imports': ['error', bundledZod] },
  },
  {
    // Domain logic stays pure: no AWS SDK in shared/domain.
    files: ['shared/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...bundledZod, patterns: [...bundledZod.patterns, pureDomain] }] },
  },
  {
    // The web SPA: rules of hooks (and the React Compiler's checks of components).
    files: ['frontend/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
