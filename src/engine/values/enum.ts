/** @module `enum[A,B,C]` with optional weights: a cumulative table searched per draw. */
import type { EnumType } from '../../model/model.js';
import type { ByteWriter } from '../encoders/byteWriter.js';
import { needsEscape } from './needsEscape.js';
import { unit } from '../random/stream.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

export function enumDomain(type: EnumType, ctx: DomainContext): ValueDomain {
  const { stream } = ctx;
  const values = type.values;
  const weights = type.weights ?? values.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  const last = values.length - 1;
  const pick = (row: number): number => {
    const u = unit(stream, row, 0);
    let i = 0;
    while (i < last && u >= (cumulative[i] as number)) i++;
    return i;
  };
  const plain = !values.some(needsEscape);
  const utf8 = new TextEncoder();
  const encoded = values.map((v) => utf8.encode(v));
  return {
    size: values.length,
    encoding: plain ? 'plain' : 'string',
    realistic: (row) => values[pick(row)] as string,
    unique: (k) => values[k] as string,
    indexOf: (v) => (typeof v === 'string' && values.includes(v) ? values.indexOf(v) : undefined),
    ...(plain
      ? {
          writeRealistic: (row: number, out: ByteWriter) => out.bytes(encoded[pick(row)] as Uint8Array),
          writeUnique: (k: number, _row: number, out: ByteWriter) => out.bytes(encoded[k] as Uint8Array),
        }
      : {}),
  };
}
