/** @module A user's preset (a profile and row counts under a name), checked once where it enters. */
import type { ProfilePreset } from '../model/model.js';
import { parseProfile } from '../model/profile.js';
import { FixturaUsageError } from './fixturaUsageError.js';

/** A preset as a caller writes it: every part optional, like a contract's `profiles:` entry. */
export interface PresetDefinition {
  /** `realistic` (default), `edge` or `mixed:edge=S`. */
  readonly profile?: string;
  /** Rows for every entity without its own count here. */
  readonly count?: number;
  readonly counts?: Readonly<Record<string, number>>;
}

/** Names that already mean a profile: a preset cannot take them. */
const PROFILE_NAMES = new Set(['realistic', 'edge', 'negative']);

/** The preset as the plan reads it, or a FixturaUsageError naming what is wrong. */
export function checkedPreset(name: string, definition: PresetDefinition): ProfilePreset {
  const refuse = (problem: string, hint: string): never => {
    throw new FixturaUsageError('context/invalid-profile', `profiles.${name}: ${problem}; ${hint}`);
  };
  if (name === '' || PROFILE_NAMES.has(name) || name.startsWith('mixed:'))
    refuse('the name is a profile of its own', 'choose another name, e.g. smoke');
  if (definition === null || typeof definition !== 'object')
    refuse('a preset is an object', "write e.g. { profile: 'edge', count: 20 }");
  if (definition.profile !== undefined) {
    const parsed = parseProfile(definition.profile);
    if ('problem' in parsed) refuse(parsed.problem, 'use realistic, edge or mixed:edge=S (0 < S <= 1)');
  }
  const rows = (n: unknown, where: string): number => {
    if (!Number.isSafeInteger(n) || (n as number) < 0)
      refuse(`${where} is not a whole number >= 0`, 'e.g. 50');
    return n as number;
  };
  const counts: Record<string, number> = {};
  for (const [entity, n] of Object.entries(definition.counts ?? {}))
    counts[entity] = rows(n, `counts.${entity}`);
  return {
    profile: definition.profile ?? null,
    count: definition.count === undefined ? null : rows(definition.count, 'count'),
    counts,
  };
}
