/**
 * @module Canonical JSON (object keys sorted, no whitespace) and its sha256: the identity of a model,
 * independent of how the contract was formatted or commented.
 */
import { createHash } from 'node:crypto';
import type { Model } from './model.js';

/**
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 (hex) of the model's canonical JSON. */
export function modelHash(model: Model): string {
  return createHash('sha256').update(canonicalJson(model)).digest('hex');
}
