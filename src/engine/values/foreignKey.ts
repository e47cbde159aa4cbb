/**
 * @module `fk(Entity.field)`: a reference is made by drawing a *parent row index* and recomputing the
 * parent's key from it, so no parent table is ever held and every reference resolves, at any volume and
 * under any sharding (ARCHITECTURE §3). `fanout` shapes which parents the children go to.
 */
import type { ForeignKeyType } from '../../model/model.js';
import type { ByteWriter } from '../encoders/byteWriter.js';
import { keyedPermutation } from '../random/permutation.js';
import { below, substream, unit } from '../random/stream.js';
import { zipfSampler } from '../random/zipf.js';
import { blockLayout } from './blockLayout.js';
import type { DomainContext, FieldValue, ValueDomain } from './valueDomain.js';

/** The referenced field, computed for any parent row. */
export interface ParentKey {
  readonly count: number;
  readonly encoding: ValueDomain['encoding'];
  readonly value: (row: number) => FieldValue;
  /** The parent key's byte fast path, when it has one. */
  readonly writeText: ((row: number, out: ByteWriter) => void) | null;
}

/** The parent row index a child row points to. */
export function parentIndexer(
  type: ForeignKeyType,
  parentCount: number,
  ctx: DomainContext,
): (row: number) => number {
  const { stream } = ctx;
  const fanout = type.fanout;
  switch (fanout.kind) {
    case 'uniform':
    case 'poisson': // children spread uniformly over parents have Poisson-distributed counts (see docs/contract-dsl.md)
      return (row) => below(stream, row, 0, parentCount);
    case 'between': {
      // Contiguous blocks: a parent's children are consecutive rows (see blockLayout).
      const layout = blockLayout(stream, parentCount, fanout.min, fanout.max, ctx.edgeBlocks === true);
      return (row) => layout.parentOf(row);
    }
    case 'zipf': {
      // Ranks follow Zipf; a keyed permutation scatters the popular parents across the table.
      const rank = zipfSampler(parentCount, fanout.s);
      const scatter = keyedPermutation(substream(stream, 7), parentCount);
      return (row) => scatter.apply(rank((i) => unit(stream, row, i)) - 1);
    }
  }
}

export function foreignKeyDomain(type: ForeignKeyType, parent: ParentKey, ctx: DomainContext): ValueDomain {
  const pick = parent.count > 0 ? parentIndexer(type, parent.count, ctx) : () => 0;
  // A block's children are consecutive rows with one parent: its key is written once and copied after. Other
  // children jump between parents: with few enough parents, each one's key bytes are kept too.
  // (A block of at most one child never repeats its parent: nothing to keep.)
  const slots = type.fanout.kind === 'between' ? (type.fanout.max > 1 ? 1 : 0) : keySlots(parent.count);
  const writeParent = parent.writeText && slots > 0 ? keptKeys(parent.writeText, slots) : parent.writeText;
  return {
    size: parent.count,
    encoding: parent.encoding,
    realistic: (row) => parent.value(pick(row)),
    parentOf: pick,
    // A unique reference (1:1) walks a permutation of the parents: each parent is used at most once.
    unique: (k) => parent.value(k),
    ...(writeParent
      ? {
          writeRealistic: (row: number, out: ByteWriter) => writeParent(pick(row), out),
          writeUnique: (k: number, _row: number, out: ByteWriter) => writeParent(k, out),
        }
      : {}),
  };
}

/**
 * Kept keys per field at most (131 072 × 40 bytes, 5.2 MB, allocated on first use), and the most parents
 * worth keeping keys for. A kept key is copied in about 20 ns where writing a uuid takes about 400, so even a
 * quarter of the parents found again pays: at four million rows an order line picks among 80 000 products.
 */
const MAX_KEY_SLOTS = 1 << 17;
const KEY_BYTES = 40;

/** Slots for the keys of `parents` parents: none when too few of them would fit to be found again. */
export function keySlots(parents: number): number {
  if (parents > 4 * MAX_KEY_SLOTS) return 0;
  let slots = 1;
  while (slots < parents && slots < MAX_KEY_SLOTS) slots *= 2;
  return slots;
}

/**
 * A writer that keeps the bytes it wrote for recent parents (slot = parent row modulo `slots`, a power of
 * two) and copies them when the parent comes again. Keys longer than 40 bytes are written each time. The
 * bytes are those the key's own writer gives, so the output is unchanged.
 */
export function keptKeys(
  write: (row: number, out: ByteWriter) => void,
  slots: number,
): (row: number, out: ByteWriter) => void {
  const mask = slots - 1;
  // Allocated on the first write: every thread compiles every field, and writes only some.
  let rows = new Float64Array(0);
  let lengths = new Uint8Array(0);
  let kept = new Uint8Array(0);
  // The same bytes as words, which are copied four at a time.
  let keptWords = new Uint32Array(0);
  return (row, out) => {
    if (rows.length === 0) {
      rows = new Float64Array(slots).fill(-1);
      lengths = new Uint8Array(slots);
      keptWords = new Uint32Array((slots * KEY_BYTES) / 4);
      kept = new Uint8Array(keptWords.buffer);
    }
    const slot = row & mask;
    const at = slot * KEY_BYTES;
    if (rows[slot] === row) {
      out.words(keptWords, at / 4, lengths[slot] as number);
      return;
    }
    const mark = out.length;
    write(row, out);
    const length = out.length - mark;
    if (length > KEY_BYTES) return;
    const buf = out.buffer;
    for (let i = 0; i < length; i++) kept[at + i] = buf[mark + i] as number;
    lengths[slot] = length;
    rows[slot] = row;
  };
}
