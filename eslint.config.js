import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// `import * as z` lets esbuild tree-shake zod (443 KB → ~90 KB per Lambda bundle).
const zodNamespaceOnly = {
  selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z'], ImportDeclaration[source.value='zod'] > ImportDefaultSpecifier",
  message: "Use `import * as z from 'zod'` so Lambda bundles tree-shake zod.",
};

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
    // Domain logic stays pure: no AWS SDK in shared/domain.
    files: ['shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@aws-sdk/*', 'aws-cdk-lib*'], message: 'Domain code is pure: no AWS SDK.' }] }],
    },
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
