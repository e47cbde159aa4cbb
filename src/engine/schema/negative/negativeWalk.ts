/**
 * @module The walk behind negative payloads: one valid record (the sampler's first for the seed) is walked
 * value by value; at each value every registered mutation proposes replacements, and the first replacement
 * that fails exactly its keyword (verifyNegative) becomes a record. Optional properties the record lacks are
 * added, valid, on the way to the value being broken, and only there, so records stay small. One factor at a
 * time: each record differs from the valid one in one place, so a schema yields O(values × keywords) records,
 * never combinations.
 */
import { escapeToken, pointerTokens, valueAt } from '../../../contract/json-schema/jsonPointer.js';
import type { SchemaNode } from '../../../contract/json-schema/schemaIndex.js';
import type { JsonValue } from '../../../model/model.js';
import { streamOf, substream, type Stream } from '../../random/stream.js';
import type { Constraints, SchemaSpace } from '../constraints.js';
import { Draws } from '../draws.js';
import { generateValue } from '../generateValue.js';
import { STEP_BUDGET, type GenerationContext } from '../generationContext.js';
import { UnsatisfiableSchemaError } from '../sampleApi.js';
import { sampleNode } from '../sampleSchema.js';
import type { Verifier } from '../verifier.js';
import { applyingSchemas } from './applyingSchemas.js';
import { firstOfRest, itemSchemas, propertySchemas } from './childSchemas.js';
import { NoCandidate, type MutationKit, type Proposal } from './mutation.js';
import { mutations } from './mutations.js';
import {
  DEFAULT_NEGATIVE_MAX,
  type NegativeInstance,
  type NegativeOptions,
  type NegativeResult,
  type SkippedNegative,
} from './negativeApi.js';
import type { RouteStep, Site } from './site.js';
import { verifyNegative } from './verifyNegative.js';

/** Candidates verified per proposal before it is given up. */
const MAX_TRIES = 8;
/** Optional properties (and a first array item) are added down to this depth only: recursion stays finite. */
const FILL_DEPTH = 4;
/** Draws for a non-null value of a nullable property before it stays null. */
const FILL_ATTEMPTS = 4;
/** Values visited per schema, at most. */
const MAX_SITES = 5_000;

/** The schema to break, in its document, with the document's verifier. */
export interface NegativeTarget {
  readonly space: SchemaSpace;
  readonly verifier: Verifier;
  readonly node: SchemaNode;
  readonly direction: 'request' | 'response' | null;
}

/** A copy of `root` with the value at the pointer's tokens replaced (or added), the rest shared. */
function withValueAt(root: unknown, tokens: readonly string[], value: unknown): unknown {
  const [head, ...rest] = tokens;
  if (head === undefined) return value;
  if (Array.isArray(root)) return root.map((x, i) => (String(i) === head ? withValueAt(x, rest, value) : x));
  const object = root as Record<string, unknown>;
  // A computed key defines an own property, even for "__proto__".
  return { ...object, [head]: withValueAt(object[head], rest, value) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function declaredNames(c: Constraints): string[] {
  const names = c.nodes.flatMap((n) => {
    const properties = (n.schema as Record<string, unknown>).properties;
    return isObject(properties) ? Object.keys(properties) : [];
  });
  return [...new Set(names)];
}

class NegativeWalk {
  readonly instances: NegativeInstance[] = [];
  readonly skipped: SkippedNegative[] = [];
  truncated = false;
  private sites = 0;
  private rows = 0;
  private readonly stream: Stream;
  private readonly kit: MutationKit;

  constructor(
    private readonly target: NegativeTarget,
    private record: unknown,
    private readonly max: number,
    seed: string,
  ) {
    const { space, node, direction } = target;
    this.stream = streamOf(['negative', seed, node.pointer, direction ?? '']);
    this.kit = {
      space,
      context: (depth) => this.context(depth),
      propertySchemas: (site, name) => propertySchemas(site.constraints.nodes, name),
      itemSchemas: (site, index) => itemSchemas(site.constraints.nodes, index, space.dialect),
    };
  }

  private context(depth: number): GenerationContext {
    const row = this.rows++;
    const { space, verifier, direction } = this.target;
    const draws = new Draws(this.stream, row);
    const stream = substream(this.stream, row);
    return { space, verifier, draws, stream, depth, budget: { steps: STEP_BUDGET }, direction };
  }

  /** The schemas at a value, or null when they cannot be collected (then nothing is broken there). */
  private resolve(nodes: readonly SchemaNode[], path: string) {
    try {
      const value = valueAt(this.record, path);
      return { value, ...applyingSchemas(this.target.space, this.target.verifier, nodes, value, path) };
    } catch (error) {
      if (error instanceof UnsatisfiableSchemaError) return null;
      throw error;
    }
  }

  /** Keeps `record` as the valid record when the verifier accepts it. */
  private adopt(record: unknown): boolean {
    if (this.target.verifier.check(this.target.node, record) !== true) return false;
    this.record = record;
    return true;
  }

  /** A valid non-null value for the schemas, when a few draws find one. */
  private nonNull(schemas: readonly SchemaNode[], depth: number): unknown {
    for (let attempt = 0; attempt < FILL_ATTEMPTS; attempt++) {
      try {
        const built = generateValue(this.context(depth), schemas);
        if (built !== null) return built;
      } catch (error) {
        if (!(error instanceof UnsatisfiableSchemaError)) throw error;
        return undefined;
      }
    }
    return undefined;
  }

  /**
   * Puts a valid non-null value at `path` (to reach a nullable string's length rules, or an empty array's
   * item rules) when the record stays valid with it.
   */
  private thicken(path: string, nodes: readonly SchemaNode[], value: unknown, depth: number): boolean {
    if (value === null) {
      const built = this.nonNull(nodes, depth);
      return built !== undefined && this.adopt(withValueAt(this.record, pointerTokens(path), built));
    }
    if (!Array.isArray(value) || value.length > 0) return false;
    const schemas = itemSchemas(nodes, 0, this.target.space.dialect);
    const built = schemas.length > 0 ? this.nonNull(schemas, depth + 1) : undefined;
    return built !== undefined && this.adopt(withValueAt(this.record, pointerTokens(path), [built]));
  }

  /** Breaks every rule at `path`, then below it; the record is as it was afterwards. */
  visit(path: string, nodes: readonly SchemaNode[], route: readonly RouteStep[], depth: number): void {
    if (this.truncated) return;
    if (++this.sites > MAX_SITES) {
      this.truncated = true;
      return;
    }
    const valid = this.record;
    let here = this.resolve(nodes, path);
    if (here && depth < FILL_DEPTH && this.thicken(path, nodes, here.value, depth))
      here = this.resolve(nodes, path);
    if (here) {
      const site: Site = {
        path,
        value: here.value,
        constraints: here.constraints,
        route: [...route, ...here.route],
        depth,
      };
      for (const mutation of mutations)
        for (const proposal of mutation.propose(site, this.kit)) {
          if (this.truncated) break;
          this.attempt(site, proposal);
        }
      this.visitChildren(site);
    }
    this.record = valid;
  }

  /**
   * Every declared property — one the record lacks is added with a valid value for its visit — and the first
   * other one; every positional item, and the first of the rest.
   */
  private visitChildren(site: Site): void {
    const { value, constraints: c, path, depth } = site;
    if (isObject(value)) {
      const declared = declaredNames(c);
      const other = Object.keys(value).find((name) => !declared.includes(name));
      for (const name of other === undefined ? declared : [...declared, other]) {
        const schemas = propertySchemas(c.nodes, name);
        if (!schemas || schemas.length === 0) continue;
        const valid = this.record;
        if (!Object.hasOwn(value, name)) {
          const built = depth < FILL_DEPTH ? this.nonNull(schemas, depth + 1) : undefined;
          if (built === undefined || !this.adopt(withValueAt(valid, [...pointerTokens(path), name], built)))
            continue;
        }
        this.visit(`${path}/${escapeToken(name)}`, schemas, site.route, depth + 1);
        this.record = valid;
      }
    } else if (Array.isArray(value)) {
      const dialect = this.target.space.dialect;
      for (let i = 0; i < value.length && firstOfRest(c.nodes, i, dialect); i++) {
        const schemas = itemSchemas(c.nodes, i, dialect);
        if (schemas.length > 0) this.visit(`${path}/${i}`, schemas, site.route, depth + 1);
      }
    }
  }

  private attempt(site: Site, proposal: Proposal): void {
    const { keyword, path, schemaPath } = proposal;
    let reason = proposal.reason ?? 'no candidate was built';
    let tries = 0;
    for (const candidate of proposal.candidates) {
      if (candidate instanceof NoCandidate) {
        reason = candidate.reason;
        continue;
      }
      if (++tries > MAX_TRIES) break;
      const record = withValueAt(this.record, pointerTokens(site.path), candidate);
      const why = verifyNegative(this.target.verifier, this.target.node, record, proposal, site.route);
      if (why !== null) {
        reason = why;
        continue;
      }
      if (this.instances.length >= this.max) {
        this.truncated = true;
        return;
      }
      const violates = { code: `schema/${keyword}`, path, keyword, schemaPath };
      // Records share their unchanged parts while they are built; each returned one is its own copy.
      this.instances.push({ record: structuredClone(record) as JsonValue, violates });
      return;
    }
    this.skipped.push({ keyword, path, schemaPath, reason });
  }
}

/**
 * Negative records of a schema in its document.
 * @throws UnsatisfiableSchemaError when the schema has no valid record to start from
 */
export function negativesOf(target: NegativeTarget, options: NegativeOptions = {}): NegativeResult {
  const seed = options.seed ?? 'fixtura';
  const max = options.max ?? DEFAULT_NEGATIVE_MAX;
  if (!Number.isSafeInteger(max) || max < 1)
    throw new RangeError(`max must be a whole number ≥ 1, got ${max}`);
  const { space, verifier, node, direction } = target;
  const [valid] =
    options.start !== undefined
      ? [structuredClone(options.start)]
      : sampleNode(space, node, { count: 1, seed }, direction, verifier);
  const walk = new NegativeWalk(target, valid, max, seed);
  walk.visit('', [node], [], 0);
  return { instances: walk.instances, skipped: walk.skipped, truncated: walk.truncated };
}
