/** @module `boolean`: true or false with equal chance. */
import { u32 } from '../random/stream.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

export function booleanDomain(ctx: DomainContext): ValueDomain {
  const { stream } = ctx;
  return {
    size: 2,
    encoding: 'boolean',
    realistic: (row) => (u32(stream, row, 0) & 1) === 1,
    unique: (k) => k === 1,
    indexOf: (v) => (typeof v === 'boolean' ? (v ? 1 : 0) : undefined),
    writeRealistic: (row, out) => out.text((u32(stream, row, 0) & 1) === 1 ? 'true' : 'false'),
    writeUnique: (k, _row, out) => out.text(k === 1 ? 'true' : 'false'),
  };
}
