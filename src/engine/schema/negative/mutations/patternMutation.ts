/**
 * @module `pattern`: a string of the same length as the valid one (so within minLength/maxLength) that the
 * pattern does not match while every other pattern still does — one character swapped for a probe, else a
 * run of one probe character at the shortest allowed length.
 */
import { unicodeRegex } from '../../unicodeRegex.js';
import type { PatternMatcher } from '../../../../jsonSchema/pattern/safePattern.js';
import { impossible, type Mutation, type Proposal } from '../mutation.js';

/** Characters that few patterns allow all of: punctuation, space, a letter of each case, a digit, an accent. */
const PROBES = ['!', ' ', '~', '#', 'Z', 'a', '0', 'é', '_', '-', '.', '@'];
/** Positions of the valid string tried. */
const POSITIONS = 16;

function* strings(value: string, minLength: number): Generator<string> {
  const chars = [...value];
  for (let i = 0; i < Math.min(chars.length, POSITIONS); i++)
    for (const probe of PROBES) {
      if (chars[i] === probe) continue;
      yield [...chars.slice(0, i), probe, ...chars.slice(i + 1)].join('');
    }
  for (const probe of PROBES) yield probe.repeat(Math.max(1, minLength, chars.length));
}

export const patternMutation: Mutation = {
  keywords: ['pattern'],
  propose(site) {
    const c = site.constraints;
    if (typeof site.value !== 'string') return [];
    const value = site.value;
    const out: Proposal[] = [];
    for (const [i, pattern] of c.patterns.entries()) {
      if (c.values !== null) {
        out.push(impossible('pattern', site.path, pattern.at.pointer, 'enum/const fixes the string'));
        continue;
      }
      const re = unicodeRegex(pattern.source);
      const others = c.patterns.filter((_, j) => j !== i).map((p) => unicodeRegex(p.source));
      const at = pattern.at.pointer;
      if (!re || others.includes(null)) {
        out.push(impossible('pattern', site.path, at, 'the pattern is not a valid regular expression'));
        continue;
      }
      const fitting = function* () {
        for (const s of strings(value, c.minLength?.value ?? 0))
          if (!re.test(s) && others.every((o) => (o as PatternMatcher).test(s))) yield s;
      };
      const first = fitting().next();
      out.push(
        first.done
          ? impossible(
              'pattern',
              site.path,
              at,
              'every string tried of an allowed length matches the pattern',
            )
          : { keyword: 'pattern', path: site.path, schemaPath: at, candidates: fitting() },
      );
    }
    return out;
  },
};
