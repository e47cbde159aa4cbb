import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import regjsparser, { type AstNode, type RootNode } from 'regjsparser';
import { PATTERN_FEATURES, type ParseFeatures } from './astToPatternNode.js';
import { unambiguousRepeat } from './unambiguousRepeat.js';
import { isDisjoint, charSetOf } from './charSet.js';
import { atomCharSet } from './atomCharSet.js';

type Node = RootNode<ParseFeatures> | AstNode<ParseFeatures>;

const parse = (source: string, flags = 'u'): Node => regjsparser.parse(source, flags, PATTERN_FEATURES);

test('a repetition split by a delimiter the rest of its body cannot match is unambiguous', () => {
  for (const body of [
    // workmail OrganizationName: every iteration starts at a dash
    '[-][\\da-zA-Z]+',
    // scheduler Source: starts at [ and ends at ], one of two alternatives that differ in their first character
    '\\[(\\d+|\\*)\\]',
    '\\.[\\w_-]+(\\[(\\d+|\\*)\\])*',
    // applicationcostprofiler S3Bucket: a label of one character or of two or more, ending at a dot
    '([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.',
    '(?!-)[a-z]+\\.',
  ])
    assert.equal(unambiguousRepeat(parse(body), 'u'), true, body);
});

test('a repetition whose iterations split or match more than one way is not unambiguous', () => {
  for (const body of [
    'a+',
    'a|a',
    '\\w+\\s?',
    '(?:a|a){1}\\.',
    'a|aa',
    'x+x+',
    '[a-z.]+\\.',
    'a?',
    '-?[a-z]+',
  ])
    assert.equal(unambiguousRepeat(parse(body), 'u'), false, body);
  // Under `i` the Kelvin sign is a k, which [a-z] matches: the delimiter is no longer one.
  assert.equal(unambiguousRepeat(parse('\\u212a[a-z]+', 'u'), 'u'), true);
  assert.equal(unambiguousRepeat(parse('\\u212a[a-z]+', 'iu'), 'iu'), false);
});

test('a character set agrees with the RegExp engine on every BMP character', () => {
  for (const source of [
    'a',
    '.',
    '\\d',
    '\\D',
    '\\w',
    '\\W',
    '\\s',
    '\\S',
    '[a-c\\d_]',
    '[^\\s-]',
    '[\\-.]',
  ]) {
    const atom = parse(source);
    const set = atomCharSet(atom, 'u');
    const re = new RegExp(`^${source}$`, 'u');
    for (let cp = 0; cp <= 0xffff; cp++) {
      const inSet = !isDisjoint(set, charSetOf([[cp, cp]]));
      assert.equal(inSet, re.test(String.fromCharCode(cp)), `${source} on U+${cp.toString(16)}`);
    }
  }
});

/** How many ways `node` matches `text` from `at`, by end position (a brute force, for small inputs only). */
function ways(node: Node, text: string, at: number): Map<number, number> {
  const add = (m: Map<number, number>, end: number, n: number) => m.set(end, (m.get(end) ?? 0) + n);
  const seq = (parts: readonly Node[]): Map<number, number> => {
    let here = new Map([[at, 1]]);
    for (const part of parts) {
      const next = new Map<number, number>();
      for (const [pos, n] of here) for (const [end, k] of ways(part, text, pos)) add(next, end, n * k);
      here = next;
    }
    return here;
  };
  switch (node.type) {
    case 'alternative':
      return seq(node.body);
    case 'group':
      return seq(node.body);
    case 'disjunction': {
      const out = new Map<number, number>();
      for (const b of node.body) for (const [end, k] of ways(b, text, at)) add(out, end, k);
      return out;
    }
    case 'quantifier': {
      const out = new Map<number, number>();
      let here = new Map([[at, 1]]);
      for (let count = 0; count <= Math.min(node.max ?? 8, 8) && here.size > 0; count++) {
        if (count >= node.min) for (const [end, n] of here) add(out, end, n);
        const next = new Map<number, number>();
        for (const [pos, n] of here)
          for (const [end, k] of ways(node.body[0], text, pos)) if (end > pos) add(next, end, n * k);
        here = next;
      }
      return out;
    }
    default: {
      const ch = text[at];
      return ch !== undefined && new RegExp(`^${node.raw}$`, 'u').test(ch)
        ? new Map([[at + 1, 1]])
        : new Map();
    }
  }
}

test('a body judged unambiguous repeats into exactly one match of every text it matches', () => {
  const atom = fc.constantFrom('a', '-', '\\.', '[a-]', '[^.]', '\\w', '.');
  const piece = fc.tuple(atom, fc.constantFrom('', '+', '*', '?')).map(([a, q]) => a + q);
  const part = fc.oneof(
    piece,
    fc.tuple(piece, piece).map(([x, y]) => `(?:${x}|${y})`),
    fc.tuple(piece, piece).map(([x, y]) => `(?:${x}${y})+`),
  );
  // A delimiter at either end is what makes most bodies repeatable, so the inner parts get tested.
  const body = fc
    .tuple(
      fc.constantFrom('', '-', '\\.'),
      fc.array(part, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('', '-', '\\.'),
    )
    .map(([head, ps, tail]) => head + ps.join('') + tail);
  const texts: string[] = [''];
  for (let len = 1; len <= 5; len++)
    for (const t of texts.filter((x) => x.length === len - 1)) for (const c of 'a-.') texts.push(t + c);
  fc.assert(
    fc.property(body, (source) => {
      if (!unambiguousRepeat(parse(source), 'u')) return;
      const star = parse(`(?:${source})*`);
      for (const text of texts) {
        const n = ways(star, text, 0).get(text.length) ?? 0;
        assert.ok(n <= 1, `(?:${source})* matches ${JSON.stringify(text)} ${n} ways`);
      }
    }),
    { numRuns: 500 },
  );
});
