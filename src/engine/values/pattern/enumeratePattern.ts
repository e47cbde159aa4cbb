/**
 * @module The injective enumeration behind `unique`: the largest sub-language of a pattern that the
 * combinators in `enumeration.ts` can prove free of duplicates.
 *
 * Regex languages are often ambiguous (`a|a`, `a*a*` makes "aa" three ways), and enumerating derivations would
 * then repeat strings. So every node offers two enumerations: `fixed`, in which every string has the same
 * length (quantifiers at their capped maximum, one length class of alternatives), which concatenates without
 * ambiguity; and `free`, the larger one that may vary in length and is only used where a proof of
 * unambiguity holds. The resulting size is exact for what `unique` produces and a lower bound of the language.
 */
import {
  altEnumeration,
  charsEnumeration,
  concatEnumeration,
  countsEnumeration,
  literalEnumeration,
  powerEnumeration,
  provablyDisjoint,
  type Enumeration,
} from './enumeration.js';
import type { PatternNode } from '../../../jsonSchema/pattern/patternNode.js';

interface Choices {
  /** Every member has the same length. */
  readonly fixed: Enumeration;
  /** At least as large as `fixed`. */
  readonly free: Enumeration;
}

/** The enumeration `unique` uses for a compiled pattern. */
export function enumeratePattern(root: PatternNode): Enumeration {
  return choicesOf(root).free;
}

/** The larger of two candidates; on a tie the earlier one, which callers list from the best-shaped down. */
function larger(...candidates: readonly Enumeration[]): Enumeration {
  return candidates.reduce((best, e) => (e.size > best.size ? e : best));
}

function choicesOf(node: PatternNode): Choices {
  switch (node.kind) {
    case 'chars': {
      const e = charsEnumeration(node.set);
      return { fixed: e, free: e };
    }
    case 'literal': {
      const e = literalEnumeration(node.text);
      return { fixed: e, free: e };
    }
    case 'concat':
      return concatChoices(node.parts.map(choicesOf));
    case 'alt':
      return altChoices(node.branches.map(choicesOf));
    case 'repeat':
      return repeatChoices(choicesOf(node.body), node.min, node.max);
    case 'capture':
      return choicesOf(node.body);
    // Only relaxed trees hold a backreference or a lookahead, and their strings are verified: enumerated as
    // what an empty capture gives, and as the lookahead's consuming nothing.
    case 'backref':
    case 'ahead': {
      const e = literalEnumeration('');
      return { fixed: e, free: e };
    }
  }
}

/** One part may vary freely; the parts before it must be prefix-free and those after it suffix-free. */
function concatChoices(parts: readonly Choices[]): Choices {
  const fixed = concatEnumeration(parts.map((p) => p.fixed));
  const candidates = parts.map((_, j) =>
    concatEnumeration(
      parts.map((p, i) => {
        if (i === j) return p.free;
        const shapeHolds = i < j ? p.free.prefixFree : p.free.suffixFree;
        return shapeHolds ? p.free : p.fixed;
      }),
    ),
  );
  return { fixed, free: larger(fixed, ...candidates) };
}

/** Greedily keeps the largest branches that are provably disjoint from every branch already kept. */
function disjointBranches(branches: readonly Enumeration[]): Enumeration[] {
  const kept: Enumeration[] = [];
  for (const b of [...branches].sort((x, y) => y.size - x.size)) {
    if (kept.every((k) => provablyDisjoint(k, b))) kept.push(b);
  }
  return kept;
}

function altChoices(branches: readonly Choices[]): Choices {
  const byLength = new Map<number, Enumeration[]>();
  for (const { fixed } of branches)
    byLength.set(fixed.minLength, [...(byLength.get(fixed.minLength) ?? []), fixed]);
  const fixed = larger(...[...byLength.values()].map((group) => altEnumeration(disjointBranches(group))));
  const free = altEnumeration(disjointBranches(branches.map((b) => b.free)));
  return { fixed, free: larger(fixed, free) };
}

function repeatChoices(body: Choices, min: number, max: number): Choices {
  const fixed = powerEnumeration(body.fixed, max);
  const freeBody = body.free.prefixFree || body.free.suffixFree ? body.free : body.fixed;
  const candidates = [fixed, powerEnumeration(freeBody, max)];
  if (max > min && body.fixed.minLength > 0) candidates.push(countsEnumeration(body.fixed, min, max));
  return { fixed, free: larger(...candidates) };
}
