import { test } from 'node:test';
import assert from 'node:assert/strict';
import regjsparser from 'regjsparser';
import { PATTERN_FEATURES } from './astToPatternNode.js';
import { singlePath } from './singlePath.js';

const one = (source: string, flags = 'u'): boolean =>
  singlePath(regjsparser.parse(source, flags, PATTERN_FEATURES), flags);

test('a group whose choices the next character decides has one way to match: (\\d+)Y, \\d+(?:\\.\\d+)?S', () => {
  for (const source of [
    '(\\d+)Y',
    '(\\d+(?:\\.\\d+)?)S',
    '(?!-)[a-z0-9-]{1,63}(?<!-)\\.',
    '[a-z.]+:',
    '(?:ab|cd)e',
  ])
    assert.ok(one(source), source);
});

test('a group whose end depends on what follows it, or with two splits of one string, has more than one way', () => {
  // (\d+) may stop anywhere; a*a*b splits "aab" three ways; (a|ab)c and (?:a|a)b choose by more than one character.
  for (const source of ['(\\d+)', 'a*a*b', '(?:a|ab)c', '(?:a|a)b', '(a)\\1', '[a-z]+[a-z.]'])
    assert.equal(one(source), false, source);
});

test('disjointness follows the flags: with i, [a-z]+Y is ambiguous at the Y', () => {
  assert.ok(one('[a-z]+Y', 'u'));
  assert.equal(one('[a-z]+Y', 'iu'), false);
});

test('under u, two classes that may both hold astral characters are not proven disjoint', () => {
  assert.equal(one('\\P{L}+\\p{Emoji}', 'u'), false);
  assert.ok(one('[a-z]+\\p{Nd}', 'u'), 'a class of the BMP only is tested exactly');
});
