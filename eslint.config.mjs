import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

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
        {
          group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'nodemailer'],
          message: 'Not allowed in the workflow sandbox.',
        },
      ],
    },
  ],
};
// The worker shares zod between workflow runs and freezes it (worker/bundler-options.ts). zod's string
// formats test a shared pattern and write to it, which then throws: give them a pattern of your own.
const zodFormats =
  'email|uuid|uuidv4|uuidv6|uuidv7|guid|nanoid|cuid|cuid2|ulid|xid|ksuid|ipv4|ipv6|cidrv4|cidrv6|base64|base64url|e164|hostname|hex|lowercase|uppercase';
const message = "zod's shared pattern is frozen in the worker: pass a { pattern } of your own.";
const frozenZodPatterns = [
  {
    selector: `CallExpression[callee.object.name='z'][callee.property.name=/^(${zodFormats})$/]:not(:has(Property[key.name='pattern']))`,
    message,
  },
  { selector: `CallExpression[callee.object.type='CallExpression'][callee.property.name=/^(${zodFormats})$/]`, message },
  { selector: "CallExpression[callee.object.property.name='iso'][callee.property.name='date']", message },
];
// Workflows may read the sandbox's deterministic clock; domain code takes `now` as an argument.
const pureCode = {
  'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the workflow uuid4() or pass values in.' }],
  'no-restricted-syntax': [
    'error',
    { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take `now` as an argument.' },
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take `now` as an argument.' },
    { selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']", message: 'Take `now` as an argument.' },
    { selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='local']", message: 'Always name a zone.' },
    ...frozenZodPatterns,
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
  { files: ['workflows/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...frozenZodPatterns] } },
  { files: ['**/*.mjs', '**/*.mts', 'bin/**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Layout is Prettier's (`prettier --check` in npm test): no lint rule argues with it.
  prettier,
);
