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
  // A block's children are consecutive rows with one parent: its key is written once and copied after.
  const writeParent =
    parent.writeText && type.fanout.kind === 'between' ? repeating(parent.writeText) : parent.writeText;
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
 * A writer that keeps the bytes it wrote for the last parent, and copies them when the same parent comes
 * again (up to 64 bytes: a uuid, a number; longer keys are written each time).
 */
function repeating(write: (row: number, out: ByteWriter) => void): (row: number, out: ByteWriter) => void {
  const kept = new Uint8Array(64);
  let keptRow = -1;
  let keptLength = 0;
  return (row, out) => {
    if (row === keptRow) {
      out.copy(kept, keptLength);
      return;
    }
    const mark = out.length;
    write(row, out);
    keptLength = out.length - mark;
    if (keptLength > kept.length) {
      keptRow = -1;
      return;
    }
    const buf = out.buffer;
    for (let i = 0; i < keptLength; i++) kept[i] = buf[mark + i] as number;
    keptRow = row;
  };
}
