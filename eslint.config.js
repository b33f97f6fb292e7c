// ESLint: TypeScript (typescript-eslint, recommended rules) and GraphQL (@graphql-eslint: the schema files
// with the schema rules, the saved recipes and the explorer's operations validated against that schema).
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SCHEMA = 'schema/*.graphql';
const OPERATIONS = ['schema/operations/*.graphql', 'src/explorer/app/operations/*.graphql'];

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'coverage/', 'src/graphql/generated/', 'src/client/generated/'] },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused bindings are errors, except deliberately ignored ones (`_name`, rest siblings).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Test helpers read loosely typed GraphQL JSON; production code keeps its types.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/explorer/app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: SCHEMA, documents: OPERATIONS } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
  },
  {
    files: [SCHEMA],
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      // One-line descriptions are inline strings, longer ones blocks: both styles are the house style.
      '@graphql-eslint/description-style': 'off',
      // Only Node types carry ids; value types (Evidence, Holding, PageInfo, views) have none by design.
      '@graphql-eslint/strict-id-in-types': 'off',
    },
  },
  { files: OPERATIONS, rules: graphqlPlugin.configs['flat/operations-recommended'].rules },
);
