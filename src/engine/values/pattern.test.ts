import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_PERMUTATION_SIZE } from '../random/permutation.js';
import { streamOf } from '../random/stream.js';
import { PatternError, patternDomain } from './pattern.js';

const stream = streamOf(['test']);

/** The reading every generated string must satisfy: the whole string matches. */
const anchored = (source: string, flags = ''): RegExp => new RegExp(`^(?:${source})$`, flags);

const REAL_WORLD: readonly (readonly [source: string, flags: string])[] = [
  ['^[A-Z]{2}\\d{6}$', ''],
  ['[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}', ''],
  ['^\\+?[1-9]\\d{1,14}$', ''],
  ['(foo|bar)-\\d{3}', ''],
  ['[^,;]{3,5}', ''],
  ['\\w+', ''],
  ['.{2,4}', ''],
  ['[\\u00e9\\u4e2d]{2}', 'u'],
  ['^(?:[0-9]{3}-){2}[0-9]{4}$', ''],
  ['\\d{4}-\\d{2}-\\d{2}', ''],
  ['^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$', 'i'],
  ['^#?([a-fA-F0-9]{6}|[a-fA-F0-9]{3})$', ''],
  ['^https?://[a-z0-9-]+(\\.[a-z0-9-]+)+(/[\\w.-]*)*$', ''],
  ['^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$', ''],
  ['^\\d{5}(-\\d{4})?$', ''],
  ['^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$', ''],
  ['^(?:\\d{1,3}\\.){3}\\d{1,3}$', ''],
  ['^([01]\\d|2[0-3]):[0-5]\\d$', ''],
  ['^[a-z]+(?:-[a-z]+)*$', ''],
  ['^v?\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$', ''],
  ['^(?<area>\\d{3})-(?<line>\\d{4})$', ''],
  ['^\\p{Lu}\\p{Ll}+$', 'u'],
  ['^[\\w--\\d]+$', 'v'],
  ['^\\S+\\s\\S+$', ''],
  ['^(true|false|yes|no)$', 'i'],
  ['^\\$\\d{1,3}(,\\d{3})*(\\.\\d{2})?$', ''],
  ['^[^@\\s]+@[^@\\s]+$', ''],
  ['^[A-Za-z]{2,4}-\\d{2,5}$', ''],
  ['^(?:Mr|Mrs|Ms|Dr)\\.? [A-Z][a-z]+$', ''],
  ['^\\d+(?:\\.\\d+)?%$', ''],
  ['colou?r', ''],
  ['[\\s\\S]{1,3}', ''],
  ['^[^\\W\\d_]+$', ''],
  ['^a|b$', ''],
];

describe('patternDomain realistic', () => {
  for (const [source, flags] of REAL_WORLD) {
    it(`every realistic row of /${source}/${flags} matches the anchored regex`, () => {
      const draw = patternDomain(source, flags).realistic(stream);
      const re = anchored(source, flags);
      for (let row = 0; row < 200; row++) {
        const value = draw(row);
        assert.ok(re.test(value), `row ${row}: ${JSON.stringify(value)}`);
      }
    });
  }

  it('is a pure function of (stream, row), even across separately compiled domains', () => {
    const first = patternDomain('[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}').realistic(stream);
    const second = patternDomain('[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}').realistic(stream);
    fc.assert(fc.property(fc.maxSafeNat(), (row) => first(row) === second(row) && first(row) === first(row)));
  });

  it('varies from row to row and with the stream', () => {
    const draw = patternDomain('\\d{6}').realistic(stream);
    const values = new Set(Array.from({ length: 100 }, (_, row) => draw(row)));
    assert.ok(values.size > 95);
    assert.notEqual(draw(0), patternDomain('\\d{6}').realistic(streamOf(['other']))(0));
  });

  it('draws unbounded quantifiers between min and min + 8', () => {
    const draw = patternDomain('a{2,}').realistic(stream);
    const lengths = new Set(Array.from({ length: 500 }, (_, row) => draw(row).length));
    assert.deepEqual(
      [...lengths].sort((x, y) => x - y),
      [2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
  });

  it('draws a plain space for \\s', () => {
    const draw = patternDomain('a\\sb').realistic(stream);
    for (let row = 0; row < 50; row++) assert.equal(draw(row), 'a b');
  });

  it('keeps negated classes under the i flag free of case variants of the excluded characters', () => {
    const draw = patternDomain('[^a]{5}', 'i').realistic(stream);
    for (let row = 0; row < 200; row++) assert.doesNotMatch(draw(row), /a/i);
  });

  it("writes a positive lookahead's text where it stands when asked, keeping what its classes allow there", () => {
    // Relaxed, the lookahead draws nothing, and the rest never spells fsx; written, it always does.
    const source = '^arn:(?=[^:]+:fsx:)([a-z0-9][a-z0-9-]*:)+.*$';
    const plain = patternDomain(source, 'u', { relaxLookarounds: true }).realistic(stream);
    const written = patternDomain(source, 'u', { relaxLookarounds: true, lookaheads: true }).realistic(
      stream,
    );
    const re = new RegExp(source, 'u');
    let matches = 0;
    for (let row = 0; row < 200; row++) {
      assert.doesNotMatch(plain(row), /^arn:[^:]+:fsx:/);
      assert.match(written(row), /^arn:[^:]+:fsx:/);
      // The service's first character is the rest's [a-z0-9] wherever [^:] allows it, which is always.
      assert.match(written(row), /^arn:[a-z0-9]/);
      if (re.test(written(row))) matches++;
    }
    assert.ok(matches > 100, `${matches} of 200`);
    assert.equal(patternDomain(source, 'u', { relaxLookarounds: true }).lookaheads, true);
    assert.equal(patternDomain('(?!x)a', 'u', { relaxLookarounds: true }).lookaheads, false);
  });
});

describe('patternDomain unique', () => {
  for (const [source, flags] of REAL_WORLD) {
    it(`enumerates distinct matching strings for /${source}/${flags}`, () => {
      const domain = patternDomain(source, flags);
      const value = domain.unique(stream);
      const re = anchored(source, flags);
      const seen = new Set<string>();
      for (let k = 0; k < Math.min(domain.size, 5000); k++) {
        const v = value(k, k);
        assert.ok(re.test(v), `k ${k}: ${JSON.stringify(v)}`);
        assert.ok(!seen.has(v), `k ${k} repeats ${JSON.stringify(v)}`);
        seen.add(v);
      }
    });
  }

  it('counts simple languages exactly', () => {
    const sizes: Record<string, number> = {
      '[ab]{2}': 4,
      'a|b|c': 3,
      '\\d{3}': 1000,
      '\\d{1,3}': 1110,
      '(foo|bar)-\\d{3}': 2000,
      'colou?r': 2,
      'x{0}': 1,
      'Mr|Mrs|Ms': 3,
    };
    for (const [source, size] of Object.entries(sizes))
      assert.equal(patternDomain(source).size, size, source);
  });

  it('counts an ambiguous language by the strings it can enumerate without repeats', () => {
    assert.equal(patternDomain('a|a').size, 1);
    // "aa" arises three ways from a*a*; unbounded counts stop at 8, so the enumerable strings are a^8..a^16.
    const domain = patternDomain('a*a*');
    const value = domain.unique(stream);
    const all = Array.from({ length: domain.size }, (_, k) => value(k, 0));
    assert.equal(new Set(all).size, all.length);
  });

  it('reports Infinity above 2^52 and stays injective across the whole index range', () => {
    const domain = patternDomain('\\w+@\\w+\\.[a-z]{2,}');
    assert.equal(domain.size, Infinity);
    const value = domain.unique(stream);
    const index = fc.integer({ min: 0, max: MAX_PERMUTATION_SIZE - 1 });
    fc.assert(
      fc.property(index, index, (j, k) => {
        const [a, b] = [value(j, 0), value(k, 0)];
        return anchored('\\w+@\\w+\\.[a-z]{2,}').test(a) && (j === k) === (a === b);
      }),
    );
  });

  /**
   * Small patterns over a tiny alphabet, so ambiguous combinations (`(a|ab)(b|)`, `a*a?`) come up often.
   * Groups nest one level and repeat a bounded number of times: the engine's backtracking, the oracle here,
   * is exponential in nested unbounded quantifiers such as `(\d\d+)+`.
   */
  const anyQuantifier = fc.constantFrom('', '', '?', '*', '+', '{2}', '{0,2}', '{1,3}');
  const boundedQuantifier = fc.constantFrom('', '?', '{2}', '{0,2}', '{1,3}');
  const disjunctionOf = (
    atom: fc.Arbitrary<string>,
    quantifier: fc.Arbitrary<string>,
  ): fc.Arbitrary<string> =>
    fc
      .array(fc.array(fc.tuple(atom, quantifier), { maxLength: 3 }), { minLength: 1, maxLength: 3 })
      .map((branches) => branches.map((sequence) => sequence.map(([a, q]) => a + q).join('')).join('|'));
  const leaf = fc.constantFrom('a', 'b', 'ab', '[ab]', '[^a]', '\\d', '(?:)', '.');
  const group = disjunctionOf(leaf, anyQuantifier).map((d) => `(${d})`);
  const smallPattern = fc.oneof(
    disjunctionOf(leaf, anyQuantifier),
    disjunctionOf(fc.oneof(leaf, group), boundedQuantifier),
  );

  it('never repeats or leaves the language, for any small pattern', () => {
    fc.assert(
      fc.property(smallPattern, (source) => {
        const domain = patternDomain(source);
        const value = domain.unique(stream);
        const draw = domain.realistic(stream);
        const re = anchored(source);
        const seen = new Set<string>();
        for (let k = 0; k < Math.min(domain.size, 300); k++) {
          const v = value(k, 0);
          if (!re.test(v) || seen.has(v)) return false;
          seen.add(v);
        }
        return Array.from({ length: 20 }, (_, row) => draw(row)).every((v) => re.test(v));
      }),
      { numRuns: 300 },
    );
  });
});

describe('patternDomain errors', () => {
  const rejects = (source: string, offset: number, message: RegExp, flags = ''): void => {
    assert.throws(
      () => patternDomain(source, flags),
      (error: unknown) =>
        error instanceof PatternError &&
        error.offset === offset &&
        message.test(error.message) &&
        error.hint.length > 0,
      source,
    );
  };

  it('rejects lookarounds at their position', () => {
    rejects('(?=a)b', 0, /lookahead \(\?=\.\.\.\) is not supported by the pattern generator/);
    rejects('x(?!a)b', 1, /negative lookahead/);
    rejects('ab(?<=b)', 2, /lookbehind/);
  });

  it('rejects backreferences at their position', () => {
    rejects('(a)\\1', 3, /backreference \\1/);
    rejects('(?<n>a)\\k<n>', 7, /backreference \\k<n>/);
  });

  it('rejects word boundaries', () => {
    rejects('a\\bb', 1, /word boundary/);
    rejects('a\\Bb', 1, /non-boundary/);
  });

  it('rejects anchors that are not at an edge of the whole string', () => {
    rejects('a^b', 1, /\^ in the middle/);
    rejects('a$b', 1, /\$ in the middle/);
    rejects('(^a)+', 1, /\^ in the middle/);
  });

  it('rejects invalid regular expressions with the position the parser reports', () => {
    rejects('[a-', 3, /Invalid regular expression/);
    rejects('a{2,1}', 1, /Invalid regular expression/);
    rejects('a', 0, /Invalid flags/, 'x');
  });

  it('rejects a class that matches nothing', () => {
    rejects('a[]', 1, /matches no character/);
  });
});
