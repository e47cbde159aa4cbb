/**
 * @module Reads `distribution:` and `fanout:` options, written as text (`normal(mean=50, sd=10)`,
 * `zipf(1.1)`) or as a mapping (`{ kind: normal, mean: 50, sd: 10 }`).
 *
 * For dates a mean is a date and a spread is in days (`sd=3650` or `sd=10y`); for date-times a mean is
 * an ISO instant and a spread is in seconds (or `12h`, `30d`).
 */
import { MAX_FANOUT_MEAN } from '../../model/limits.js';
import { isMap, isScalar, type Node } from 'yaml';
import { parseDate, parseDateTime } from '../../model/calendar.js';
import type { Distribution, Fanout, FieldType } from '../../model/model.js';
import { describeNode, type YamlSource } from './yamlSource.js';

interface Call {
  kind: string;
  named: Map<string, string>;
  positional: string[];
}

/** `name(a, k=b)` or a mapping `{ kind: name, k: b }` into a call; null when it is neither. */
function readCall(node: Node | null): Call | null {
  if (isScalar(node) && typeof node.value === 'string') {
    const m = /^\s*([a-z]+)\s*(?:\((.*)\))?\s*$/i.exec(node.value);
    if (!m) return null;
    const call: Call = { kind: (m[1] as string).toLowerCase(), named: new Map(), positional: [] };
    for (const part of (m[2] ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const kv = /^([a-z]+)\s*[=:]\s*(.+)$/i.exec(part);
      if (kv) call.named.set((kv[1] as string).toLowerCase(), (kv[2] as string).trim());
      else call.positional.push(part);
    }
    return call;
  }
  if (isMap(node)) {
    const js = node.toJSON() as Record<string, unknown>;
    if (typeof js.kind !== 'string') return null;
    const named = new Map(
      Object.entries(js)
        .filter(([k]) => k !== 'kind')
        .map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    return { kind: js.kind.toLowerCase(), named, positional: [] };
  }
  return null;
}

function param(call: Call, name: string, index: number): string | undefined {
  return call.named.get(name) ?? call.positional[index];
}

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600,
};

/** A spread in the field's unit: plain numbers as they are, `10y`/`30d`/`12h` converted. */
function spread(text: string | undefined, unitSeconds: number): number {
  const m = /^(-?\d+(?:\.\d+)?)\s*([smhdwy]?)$/.exec(text ?? '');
  if (!m) return NaN;
  const value = Number(m[1]);
  return m[2] ? (value * (UNIT_SECONDS[m[2]] as number)) / unitSeconds : value;
}

function location(type: FieldType, text: string | undefined): number {
  if (text === undefined) return NaN;
  if (type.kind === 'date' && /^\d{4}-/.test(text)) {
    const r = parseDate(text);
    return 'days' in r ? r.days : NaN;
  }
  if (type.kind === 'datetime' && /^\d{4}-/.test(text)) {
    const r = parseDateTime(text);
    return 'seconds' in r ? r.seconds : NaN;
  }
  return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
}

/** Reads a distribution for a numeric or temporal field; reports and returns null when invalid. */
export function parseDistribution(
  type: FieldType,
  node: Node | null,
  source: YamlSource,
): Distribution | null {
  const fail = (expected: string, hint: string): null => {
    source.report(node, {
      code: 'dsl/invalid-distribution',
      message: 'invalid distribution',
      expected,
      found: describeNode(node),
      hint,
    });
    return null;
  };
  if (!['integer', 'number', 'date', 'datetime'].includes(type.kind)) {
    return fail(
      'no distribution: only integer, number, date and datetime fields have one',
      'remove "distribution", or use weights for an enum',
    );
  }
  const unitSeconds = type.kind === 'date' ? 86400 : 1;
  const call = readCall(node);
  const meanExample =
    type.kind === 'date'
      ? 'mean=1985-06-01, sd=10y'
      : type.kind === 'datetime'
        ? 'mean=2024-01-01T00:00:00Z, sd=30d'
        : 'mean=50, sd=10';
  switch (call?.kind) {
    case 'uniform':
      return { kind: 'uniform' };
    case 'normal': {
      const mean = location(type, param(call, 'mean', 0));
      const sd = spread(param(call, 'sd', 1), unitSeconds);
      if (Number.isFinite(mean) && Number.isFinite(sd) && sd > 0) return { kind: 'normal', mean, sd };
      return fail('normal(mean, sd) with finite mean and sd > 0', `write normal(${meanExample})`);
    }
    case 'lognormal': {
      const mu = Number(param(call, 'mu', 0));
      const sigma = Number(param(call, 'sigma', 1));
      if (Number.isFinite(mu) && Number.isFinite(sigma) && sigma > 0) return { kind: 'lognormal', mu, sigma };
      return fail(
        'lognormal(mu, sigma) with finite mu and sigma > 0',
        'write lognormal(mu=3, sigma=0.5): values are lower bound + exp(N(mu, sigma))',
      );
    }
    default:
      return fail(
        'uniform, normal(mean, sd) or lognormal(mu, sigma)',
        `write distribution: normal(${meanExample})`,
      );
  }
}

/** Reads an fk's fanout; reports and returns null when invalid. */
export function parseFanout(node: Node | null, source: YamlSource): Fanout | null {
  const call = readCall(node);
  const fail = (): null => {
    source.report(node, {
      code: 'dsl/invalid-fanout',
      message: 'invalid fanout',
      expected: `uniform, zipf(s) with s > 0, poisson(mean) with 0 < mean <= ${MAX_FANOUT_MEAN}, or between(min, max) children per parent with max <= 10000`,
      found: describeNode(node),
      hint: 'write fanout: zipf(1.1) for a few parents with many children',
    });
    return null;
  };
  switch (call?.kind) {
    case 'uniform':
      return { kind: 'uniform' };
    case 'zipf': {
      const s = Number(param(call, 's', 0));
      return s > 0 ? { kind: 'zipf', s } : fail();
    }
    case 'poisson': {
      const mean = Number(param(call, 'mean', 0));
      return mean > 0 && mean <= MAX_FANOUT_MEAN ? { kind: 'poisson', mean } : fail();
    }
    case 'between': {
      const min = Number(param(call, 'min', 0));
      const max = Number(param(call, 'max', 1));
      return Number.isSafeInteger(min) && Number.isSafeInteger(max) && min >= 0 && max >= min && max <= 10_000
        ? { kind: 'between', min, max }
        : fail();
    }
    default:
      return fail();
  }
}
