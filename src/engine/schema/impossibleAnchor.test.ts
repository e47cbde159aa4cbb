import { test } from 'node:test';
import assert from 'node:assert/strict';
import { impossibleAnchor } from './impossibleAnchor.js';

test('a regex pasted with its slashes matches nothing: ^ after the opening "/" is proved impossible', () => {
  const why = impossibleAnchor('/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$/', 'u');
  assert.match(String(why), /^\^ at offset 1 comes after text every match must consume/);
  assert.match(String(impossibleAnchor('a$b', 'u')), /^\$ at offset 1 comes before text/);
});

test('an anchor that some path passes is not a proof: branches, optional text, the m flag, lookarounds', () => {
  for (const source of [
    '^a|b^',
    'x?^a',
    '(?:a|^)b',
    '^(localhost)|^[a-z]+\\.(?![-])([a-z]|^[a-z]{0,1})',
    '(?<=a)^',
  ])
    assert.equal(impossibleAnchor(source, 'u'), null, source);
  assert.equal(impossibleAnchor('/^a$/', 'm'), null);
  assert.match(String(impossibleAnchor('a^|b^', 'u')), /; /);
});
