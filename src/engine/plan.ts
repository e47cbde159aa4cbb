/**
 * @module Resolves a generation request against a model: how many rows each entity gets and what "now" is.
 * Everything that determines the output bytes is in the returned plan, and nothing else is.
 */
import { parseDateTime, formatDateTime } from '../model/calendar.js';
import type { ContractIssue } from '../model/issues.js';
import { ContractError } from '../model/issues.js';
import { suggest } from '../contract/didYouMean.js';
import type { Model, ProfilePreset } from '../model/model.js';
import type { ReferenceTime } from './values/valueDomain.js';
import { streamOf } from './random/stream.js';
import { blockLayout } from './values/blockLayout.js';
import { MAX_BLOCK_PARENTS, MAX_ROWS } from '../model/limits.js';
import { edgeRowCount } from './profile/edgePlan.js';
import { findPreset, presetNames } from './profile/presets.js';
import { parseProfile, type Profile } from '../model/profile.js';

/** Identity and scope of a generation run (ARCHITECTURE §2: every value is a function of these). */
export interface GenerateOptions {
  /** Any string; hashed, never parsed. */
  readonly seed?: string;
  readonly tenant?: string;
  readonly environment?: string;
  /** "Now" for relative defaults, ISO date or date-time. */
  readonly refDate?: string;
  /** Row count per entity, overriding everything else. */
  readonly counts?: Readonly<Record<string, number>>;
  /** Row count for every entity without an explicit count (`-n`). */
  readonly count?: number;
  /**
   * `realistic` (default), `edge`, `mixed:edge=S`, or a preset's name (`pr`, `nightly`, or one of the
   * contract's `profiles:`), whose counts come after `counts` and `count`.
   */
  readonly profile?: string;
  /**
   * Presets of the caller's own, selected by `profile` like the built-in ones: after the contract's, before
   * the built-in `pr` and `nightly` (a per-run context's `profiles`).
   */
  readonly presets?: Readonly<Record<string, ProfilePreset>>;
}

export const DEFAULT_SEED = 'fixtura';
export const DEFAULT_REF_DATE = '2026-01-01T00:00:00Z';
/** Rows per entity when neither the request nor the contract says. */
export const DEFAULT_COUNT = 100;

/** A resolved request: plain data, safe to send to a worker and to record in a manifest. */
export interface Plan {
  readonly seed: string;
  readonly tenant: string;
  readonly environment: string;
  readonly refDate: string;
  readonly counts: Readonly<Record<string, number>>;
  /** Absent for the realistic profile, so that realistic plans (and their manifests) stay as they were. */
  readonly profile?: Profile;
  /** The preset `--profile` named (`pr`, `nightly`, or one of the contract's), when it named one. */
  readonly preset?: string;
}

/** What set an entity's row count, for the message that refuses it. */
function countOrigin(model: Model, name: string, options: GenerateOptions): string {
  if (options.counts?.[name] !== undefined) return `--count ${name}`;
  const entity = model.entities.find((e) => e.name === name);
  const fanout = entity?.fields.find(
    (f) => f.type.kind === 'fk' && (f.type.fanout.kind === 'between' || f.type.fanout.kind === 'poisson'),
  );
  if (fanout && fanout.type.kind === 'fk')
    return `the fanout of ${name}.${fanout.name} (${fanout.type.fanout.kind}) times the rows of ${fanout.type.entity}`;
  if (options.count !== undefined) return '-n';
  return `the count of ${name}`;
}

function tooManyRows(model: Model, name: string, n: number, options: GenerateOptions): ContractIssue {
  const origin = countOrigin(model, name, options);
  return {
    code: 'plan/too-many-rows',
    message: `${name} would have ${n} rows (set by ${origin}), above the limit of ${MAX_ROWS} rows per entity`,
    location: {
      option: options.counts?.[name] !== undefined || options.count === undefined ? '--count' : '-n',
    },
    expected: `at most ${MAX_ROWS} rows of ${name} (see docs/limits.md)`,
    found: `${n} rows, from ${origin}`,
    hint: 'lower -n or --count, or the fanout; split larger datasets into runs with different --seed values',
  };
}

/** Turns options into a plan, or throws a ContractError naming every problem. */
export function planGeneration(model: Model, options: GenerateOptions = {}): Plan {
  const issues: ContractIssue[] = [];
  const names = model.entities.map((e) => e.name);
  for (const [name, n] of Object.entries(options.counts ?? {})) {
    if (!names.includes(name)) {
      issues.push({
        code: 'plan/unknown-entity',
        message: `--count names an entity the contract does not declare: "${name}"`,
        location: { option: '--count' },
        expected: `one of ${names.join(', ')}`,
        found: name,
        hint: suggest(name, names, 'check the spelling (names are case-sensitive)'),
      });
    }
    if (!Number.isSafeInteger(n) || n < 0) {
      issues.push({
        code: 'plan/invalid-count',
        message: `the count for ${name} must be a whole number >= 0`,
        location: { option: '--count' },
        expected: 'an integer >= 0',
        found: String(n),
        hint: `e.g. --count ${name}=100`,
      });
    }
  }
  if (options.count !== undefined && (!Number.isSafeInteger(options.count) || options.count < 0)) {
    issues.push({
      code: 'plan/invalid-count',
      message: 'the row count must be a whole number >= 0',
      location: { option: '-n' },
      expected: 'an integer >= 0',
      found: String(options.count),
      hint: 'e.g. -n 100',
    });
  }
  const ref = parseDateTime(options.refDate ?? DEFAULT_REF_DATE);
  if (!('seconds' in ref)) {
    issues.push({
      code: 'plan/invalid-ref-date',
      message: 'the reference date is not a valid date',
      location: { option: '--ref-date' },
      expected: ref.problem,
      found: options.refDate ?? '',
      hint: 'e.g. --ref-date 2026-01-01 or --ref-date 2026-01-01T00:00:00Z',
    });
  }
  const preset =
    options.profile === undefined ? undefined : findPreset(model, options.profile, options.presets);
  const named = preset ? (preset.profile ?? 'realistic') : (options.profile ?? 'realistic');
  const parsed = parseProfile(named);
  if ('problem' in parsed)
    issues.push({
      code: 'plan/unknown-profile',
      message: `--profile: ${parsed.problem}`,
      location: { option: '--profile' },
      expected: `realistic, edge, mixed:edge=S (0 < S <= 1), or a preset: ${presetNames(model, options.presets).join(', ')}`,
      found: options.profile ?? '',
      hint: suggest(
        options.profile ?? '',
        ['realistic', 'edge', ...presetNames(model, options.presets)],
        'e.g. --profile edge or --profile mixed:edge=0.1 (docs/profiles.md)',
      ),
    });
  if (issues.length > 0) throw new ContractError(issues);
  const profile = parsed as Profile;
  const edge = profile.kind !== 'realistic';

  const counts: Record<string, number> = {};
  const resolve = (name: string, seen: Set<string>): number => {
    if (counts[name] !== undefined) return counts[name];
    const entity = model.entities.find((e) => e.name === name);
    // An edge run defaults to the rows that hit every target; a realistic one to the contract's count.
    let n: number | null =
      options.counts?.[name] ??
      options.count ??
      preset?.counts[name] ??
      preset?.count ??
      (profile.kind === 'edge' && entity ? edgeRowCount(model, entity) : null) ??
      entity?.count ??
      null;
    // between(min, max) fanout fixes the child count: the sum of each parent's block.
    const blocks = entity?.fields.find((f) => f.type.kind === 'fk' && f.type.fanout.kind === 'between');
    if (
      blocks &&
      blocks.type.kind === 'fk' &&
      blocks.type.fanout.kind === 'between' &&
      entity &&
      !seen.has(name)
    ) {
      seen.add(name);
      if (options.counts?.[name] !== undefined)
        issues.push({
          code: 'plan/count-follows-fanout',
          message: `the count of ${name} follows from ${name}.${blocks.name}'s fanout between(${blocks.type.fanout.min}, ${blocks.type.fanout.max})`,
          location: { option: '--count' },
          expected: `no --count ${name}`,
          found: `--count ${name}=${options.counts[name]}`,
          hint: `set the count of ${blocks.type.entity} instead, or change the fanout`,
        });
      const parents = resolve(blocks.type.entity, seen);
      const stream = streamOf([
        options.seed ?? DEFAULT_SEED,
        options.tenant ?? '',
        options.environment ?? '',
        name,
        blocks.name,
      ]);
      const { min, max } = blocks.type.fanout;
      // The layout keeps one 8-byte offset per parent: past the limit it could not be allocated.
      if (min !== max && parents > MAX_BLOCK_PARENTS) {
        issues.push({
          code: 'plan/too-many-parents',
          message: `${name}.${blocks.name}'s fanout between(${min}, ${max}) lays out children for ${parents} rows of ${blocks.type.entity}, above the limit of ${MAX_BLOCK_PARENTS}`,
          location: { option: options.count === undefined ? '--count' : '-n' },
          expected: `at most ${MAX_BLOCK_PARENTS} rows of ${blocks.type.entity} (see docs/limits.md)`,
          found: `${parents} rows of ${blocks.type.entity}`,
          hint: `lower -n or --count ${blocks.type.entity}, or use a fixed fanout between(${max}, ${max}) or poisson(mean)`,
        });
        n = 0;
      } else n = blockLayout(stream, parents, min, max, edge).total;
    }
    if (n === null && entity && !seen.has(name)) {
      // poisson(mean) fanout implies the child count: mean children for each parent.
      const poisson = entity.fields.find((f) => f.type.kind === 'fk' && f.type.fanout.kind === 'poisson');
      if (poisson && poisson.type.kind === 'fk' && poisson.type.fanout.kind === 'poisson') {
        seen.add(name);
        n = Math.round(poisson.type.fanout.mean * resolve(poisson.type.entity, seen));
      }
    }
    counts[name] = n ?? DEFAULT_COUNT;
    return counts[name];
  };
  for (const name of names) resolve(name, new Set());
  for (const name of names) {
    const n = counts[name] as number;
    if (n > MAX_ROWS) issues.push(tooManyRows(model, name, n, options));
  }
  if (issues.length > 0) throw new ContractError(issues);
  return {
    seed: options.seed ?? DEFAULT_SEED,
    tenant: options.tenant ?? '',
    environment: options.environment ?? '',
    refDate: formatDateTime((ref as { seconds: number }).seconds),
    counts,
    ...(profile.kind === 'realistic' ? {} : { profile }),
    ...(preset ? { preset: options.profile as string } : {}),
  };
}

/** The plan's reference instant in the units the value domains use. */
export function referenceTime(plan: Plan): ReferenceTime {
  const r = parseDateTime(plan.refDate) as { seconds: number };
  return { seconds: r.seconds, days: Math.floor(r.seconds / 86400) };
}
