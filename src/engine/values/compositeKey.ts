/**
 * @module `key: [a, b, …]`: a composite key whose tuples never repeat, by construction.
 *
 * Each component enumerates its values injectively — a foreign key by parent row, any other field by its
 * domain's unique enumeration — so a tuple is a number written in mixed radix over the components' sizes.
 * Without blocks, row r takes tuple perm(r) of all tuples. When one component is a foreign key with
 * `fanout: between(min, max)`, a parent's children are consecutive rows and keep that parent; child j of
 * parent p takes tuple (o(p) + j·g(p)) mod S of the other components' S tuples, with a stride g(p) prime to S
 * (π((o(p) + j) mod S) through the permutation when S is too large for exact products) — distinct within the
 * block, and rows of different blocks differ in the parent already. Nothing is remembered between rows.
 */
import { keyedPermutation, MAX_PERMUTATION_SIZE } from '../random/permutation.js';
import { below, substream, type Stream } from '../random/stream.js';
import type { BlockLayout } from './blockLayout.js';

const PURPOSE_OFFSET = 1;
const PURPOSE_TUPLE = 2;
const PURPOSE_STEP = 3;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Up to 64 strides prime to n, drawn at random: each block walks the tuples with one of them. */
function coprimeSteps(stream: Stream, n: number): number[] {
  const steps: number[] = [];
  for (let i = 0; steps.length < 64 && i < 1024 && n > 1; i++) {
    const g = 1 + below(stream, i, 0, n - 1);
    if (gcd(g, n) === 1 && !steps.includes(g)) steps.push(g);
  }
  return steps.length > 0 ? steps : [1];
}

/** The component digits of a row's tuple: digit i indexes component i's enumeration. */
export interface CompositeKeyLayout {
  digit(component: number, row: number): number;
}

/** The block a composite key is laid out in: which component is the blocked foreign key, and its layout. */
export interface KeyBlock {
  readonly component: number;
  readonly layout: BlockLayout;
}

/** How many tuples the components can form, capped at 2^52 (beyond which every count fits anyway). */
export function tupleCount(sizes: readonly number[]): number {
  let n = 1;
  for (const s of sizes) n = Math.min(n * Math.min(s, MAX_PERMUTATION_SIZE), MAX_PERMUTATION_SIZE);
  return n;
}

/**
 * @param stream the entity's composite-key stream
 * @param sizes each component's enumeration size (`Infinity` allowed)
 * @param block the blocked foreign key, or null
 */
export function compositeKeyLayout(
  stream: Stream,
  sizes: readonly number[],
  block: KeyBlock | null,
): CompositeKeyLayout {
  const free = sizes.map((_, i) => i).filter((i) => i !== block?.component);
  const radix = free.map((i) => Math.min(sizes[i] as number, MAX_PERMUTATION_SIZE));
  const tuples = tupleCount(radix);
  // The caller has checked that the rows (or the largest block) fit in the tuples.
  const perm = keyedPermutation(substream(stream, PURPOSE_TUPLE), Math.max(1, tuples));
  const offsets = substream(stream, PURPOSE_OFFSET);
  const steps = block && tuples < 2 ** 26 ? coprimeSteps(substream(stream, PURPOSE_STEP), tuples) : null;
  // A block's parent, first row, offset and stride, for the block the last row was in: the rows of a block
  // are asked for one after another, and each of these costs draws.
  let blockParent = -1;
  let blockFirst = 0;
  let blockOffset = 0;
  let blockStep = 1;
  const enterBlock = (layout: BlockLayout, parent: number): void => {
    if (parent === blockParent) return;
    blockParent = parent;
    blockFirst = layout.first(parent);
    blockOffset = below(offsets, parent, 0, tuples);
    if (steps) blockStep = steps[below(offsets, parent, 1, steps.length)] as number;
  };
  const tupleOf = !block
    ? (row: number): number => perm.apply(row)
    : steps
      ? (row: number): number => {
          // Child j of parent p: o(p) + j·g(p) mod S with g(p) prime to S — distinct for j < S, one
          // multiplication per row. (j·g < S² < 2^52 stays exact.)
          enterBlock(block.layout, block.layout.parentOf(row));
          return mod(blockOffset + (row - blockFirst) * blockStep, tuples);
        }
      : (row: number): number => {
          enterBlock(block.layout, block.layout.parentOf(row));
          return perm.apply(mod(blockOffset + (row - blockFirst), tuples));
        };
  // One row's digits at a time: the components of a row are asked for one after the other.
  let lastRow = -1;
  const digits = new Float64Array(sizes.length);
  return {
    digit(component, row) {
      if (row !== lastRow) {
        let t = tupleOf(row);
        for (let k = free.length - 1; k >= 0; k--) {
          const r = radix[k] as number;
          digits[free[k] as number] = mod(t, r);
          t = Math.floor(t / r);
        }
        if (block) digits[block.component] = blockParent;
        lastRow = row;
      }
      return digits[component] as number;
    },
  };
}

/**
 * x mod n for integers 0 ≤ x < 2^53 and 1 ≤ n, exactly `x % n`. Counts and draws are doubles to V8, whose `%`
 * on doubles calls the floating-point remainder; below 2^31 both fit 32-bit integers, whose remainder is one
 * instruction. An order line's product is two of these per row.
 */
function mod(x: number, n: number): number {
  return x < 2147483648 && n < 2147483648 ? (x | 0) % (n | 0) : x % n;
}
