import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Workflow and domain code runs inside the deterministic workflow sandbox: no Node built-ins,
// no activity implementations, no clients.
const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const sandboxImports = {
  'no-restricted-imports': [
    'error',
    {
      paths: nodeBuiltins,
      patterns: [
        { group: ['**/activities', '**/activities/*'], allowTypeImports: true, message: 'Import activities by type only.' },
        { group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'nodemailer'], message: 'Not allowed in the workflow sandbox.' },
      ],
    },
  ],
};
// Workflows may read the sandbox's deterministic clock; domain code takes `now` as an argument.
const pureCode = {
  'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the workflow uuid4() or pass values in.' }],
  'no-restricted-syntax': [
    'error',
    { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take `now` as an argument.' },
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take `now` as an argument.' },
    { selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']", message: 'Take `now` as an argument.' },
    { selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='local']", message: 'Always name a zone.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'object-shorthand': ['error', 'always'],
    },
  },
  { files: ['workflows/**/*.ts', 'domain/**/*.ts'], rules: sandboxImports },
  { files: ['domain/**/*.ts'], rules: pureCode },
  { files: ['**/*.mjs', '**/*.mts', 'bin/**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
