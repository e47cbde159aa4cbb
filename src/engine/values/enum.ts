/** @module `enum[A,B,C]` with optional weights: a cumulative table searched per draw. */
import type { EnumType } from '../../model/model.js';
import { unit } from '../random/stream.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

const NEEDS_ESCAPE = /["\\,\u0000-\u001f\u007f]/;

export function enumDomain(type: EnumType, ctx: DomainContext): ValueDomain {
  const { stream } = ctx;
  const values = type.values;
  const weights = type.weights ?? values.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  const last = values.length - 1;
  return {
    size: values.length,
    encoding: values.some((v) => NEEDS_ESCAPE.test(v)) ? 'string' : 'plain',
    realistic: (row) => {
      const u = unit(stream, row, 0);
      let i = 0;
      while (i < last && u >= (cumulative[i] as number)) i++;
      return values[i] as string;
    },
    unique: (k) => values[k] as string,
  };
}
