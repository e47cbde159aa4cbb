import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { didYouMean, suggest } from './didYouMean.js';

describe('didYouMean', () => {
  it('suggests the candidate one slip away', () => {
    assert.equal(didYouMean('genrate', ['coverage', 'generate', 'sample']), 'generate');
    assert.equal(didYouMean('--seeed', ['--seed', '--count']), '--seed');
  });

  it('suggests the only candidate a name cut short begins', () => {
    assert.equal(didYouMean('gen', ['coverage', 'generate', 'sample']), 'generate');
    assert.equal(didYouMean('--cov', ['--count', '--coverage']), '--coverage');
  });

  it('suggests nothing for a prefix two candidates share, or one too short to mean anything', () => {
    assert.equal(didYouMean('--co', ['--count', '--coverage']), undefined);
    assert.equal(didYouMean('s', ['schema', 'sample']), undefined);
  });

  it('suggests nothing for a word far from every candidate', () => {
    assert.equal(suggest('deploy', ['generate', 'validate'], 'run "fixtura --help"'), 'run "fixtura --help"');
  });
});
