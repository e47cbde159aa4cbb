import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamOf } from '../random/stream.js';
import { Draws } from './draws.js';
import { plantRequired, requiredCharacters } from './requiredCharacters.js';

test('the classes of leading (?=.*X) lookaheads are required, in order; other lookaheads end the list', () => {
  const classes = (source: string) => requiredCharacters(source, 'u').map((r) => r.test.source);
  assert.deepEqual(classes('^(?=.*[a-z])(?=.*?[A-Z])(?=\\D*\\d)\\S{8,}$'), ['[a-z]', '[A-Z]', '\\d']);
  assert.deepEqual(classes('^(?=.*\\d)(?!.*x)(?=.*[a-z]).*$'), ['\\d']);
  assert.deepEqual(classes('^(?=ab)[a-z]+$'), []);
});

test('planting puts a character of each missing class in place of one that witnesses none', () => {
  const required = requiredCharacters('^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).*$', 'u');
  for (let row = 0; row < 50; row++) {
    const draws = new Draws(streamOf(['plant']), row);
    const planted = plantRequired('a!!!', required, draws, streamOf(['plant', String(row)]));
    assert.match(planted, /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{4}$/, planted);
  }
  assert.equal(plantRequired('aB3', required, new Draws(streamOf(['x']), 0), streamOf(['x'])), 'aB3');
});
