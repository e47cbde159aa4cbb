// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.js';

/**
 * Ambient randomness and time would break the reproducibility contract
 * (ARCHITECTURE §2): the engine must be a pure function of (model, options).
 */
const noAmbientRandomness = {
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the counter-based draws in engine/random.' },
    { object: 'Date', property: 'now', message: 'Time is an explicit option (refDate).' },
    { object: 'crypto', property: 'randomUUID', message: 'Use the counter-based draws in engine/random.' },
    { object: 'performance', property: 'now', message: 'The engine never reads the clock.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Time is an explicit option (refDate); never read the clock in the engine.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'test/golden/', 'test/bad-inputs/*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/engine/**/*.ts', 'src/model/**/*.ts'], rules: noAmbientRandomness },
  { files: ['src/**/*.ts'], plugins: { fixtura: layers }, rules: { 'fixtura/layers': 'error' } },
  {
    files: ['bin/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
