/** @module A user's sink definition, checked once where it enters (`addSink`). */
import type { Sink } from '../sinks/sink.js';
import { FixturaUsageError } from './fixturaUsageError.js';

/**
 * A kind of target a context can write to by name: `generateInto(model, 'postgres://…')` opens the sink of the
 * definition whose scheme the target starts with. A target with no registered scheme is a directory.
 * @example { name: 'postgres', schemes: ['postgres:', 'postgresql:'], open: (url) => postgresSink(url) }
 */
export interface SinkDefinition {
  readonly name: string;
  /** URL schemes with their colon, lower case: `postgres:`, `s3:`. */
  readonly schemes: readonly string[];
  /** A fresh sink for one target, e.g. a connection string. */
  open(target: string): Sink;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:$/;

/**
 * The definition, or a FixturaUsageError: its name and schemes must be its own, so a target goes to one sink
 * whichever order they were added in.
 * @param sinks the definitions already registered in the context
 */
export function checkedSink(definition: SinkDefinition, sinks: readonly SinkDefinition[]): SinkDefinition {
  const name = typeof definition?.name === 'string' ? definition.name : JSON.stringify(definition?.name);
  const refuse = (problem: string, hint: string): never => {
    throw new FixturaUsageError('context/invalid-sink', `addSink(${name}): ${problem}; ${hint}`);
  };
  if (typeof definition?.name !== 'string' || definition.name === '')
    refuse('the name is empty', 'name the target kind, e.g. postgres');
  if (definition.name === 'directory' || sinks.some((s) => s.name === definition.name))
    refuse(`a sink named "${name}" is already registered`, 'give this one another name');
  if (!Array.isArray(definition.schemes) || definition.schemes.length === 0)
    refuse('it lists no schemes', 'give the URL schemes it writes to, e.g. ["postgres:"]');
  for (const scheme of definition.schemes) {
    if (typeof scheme !== 'string' || !SCHEME.test(scheme))
      refuse(
        `${JSON.stringify(scheme)} is not a lower-case URL scheme with its colon`,
        'write e.g. "postgres:"',
      );
    // One letter and a colon is a Windows drive (`C:`), which names a directory.
    if (scheme.length === 2)
      refuse(`${scheme} reads as a drive letter`, 'use a scheme of two letters or more');
    const owner = sinks.find((s) => s.schemes.includes(scheme));
    if (owner) refuse(`${scheme} is written by the sink "${owner.name}" already`, 'choose another scheme');
  }
  if (typeof definition.open !== 'function')
    refuse('open is not a function', 'give open(target), returning a Sink');
  return definition;
}
