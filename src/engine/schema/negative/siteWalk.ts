/**
 * @module The walk shared by negative and edge payloads: one valid record is visited value by value (a site
 * at each, with every schema that applies there). Optional properties the record lacks are added, valid, on
 * the way to the value being visited, and only there, so each payload stays one change away from the record.
 * What happens at a site is the subclass's: rules broken (negativeWalk) or values put on an edge (edgeWalk).
 */
import { escapeToken, pointerTokens, valueAt } from '../../../jsonSchema/jsonPointer.js';
import type { SchemaNode } from '../../../jsonSchema/schemaIndex.js';
import { streamOf, substream, type Stream } from '../../random/stream.js';
import type { Constraints, SchemaSpace } from '../constraints.js';
import { Draws } from '../draws.js';
import { generateValue } from '../generateValue.js';
import { STEP_BUDGET, type GenerationContext } from '../generationContext.js';
import { UnsatisfiableSchemaError } from '../sampleApi.js';
import type { Verifier } from '../verifier.js';
import { applyingSchemas } from './applyingSchemas.js';
import { firstOfRest, itemSchemas, propertySchemas } from './childSchemas.js';
import type { MutationKit } from './mutation.js';
import type { RouteStep, Site } from './site.js';

/** Optional properties (and a first array item) are added down to this depth only: recursion stays finite. */
const FILL_DEPTH = 4;
/** Draws for a non-null value of a nullable property before it stays null. */
const FILL_ATTEMPTS = 4;
/** Values visited per schema, at most. */
export const MAX_SITES = 5_000;

/** The schema to walk, in its document, with the document's verifier. */
export interface WalkTarget {
  readonly space: SchemaSpace;
  readonly verifier: Verifier;
  readonly node: SchemaNode;
  readonly direction: 'request' | 'response' | null;
}

/** A copy of `root` with the value at the pointer's tokens replaced (or added), the rest shared. */
export function withValueAt(root: unknown, tokens: readonly string[], value: unknown): unknown {
  const [head, ...rest] = tokens;
  if (head === undefined) return value;
  if (Array.isArray(root)) return root.map((x, i) => (String(i) === head ? withValueAt(x, rest, value) : x));
  const object = root as Record<string, unknown>;
  // A computed key defines an own property, even for "__proto__".
  return { ...object, [head]: withValueAt(object[head], rest, value) };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The names the applying schemas declare under `properties`, in order, once each. */
export function declaredNames(c: Constraints): string[] {
  const names = c.nodes.flatMap((n) => {
    const properties = (n.schema as Record<string, unknown>).properties;
    return isObject(properties) ? Object.keys(properties) : [];
  });
  return [...new Set(names)];
}

/** What the work at a site may use: fresh contexts, the schemas of children, the verifier and the direction. */
export interface WalkKit extends MutationKit {
  readonly verifier: Verifier;
  readonly direction: 'request' | 'response' | null;
}

export abstract class SiteWalk {
  truncated = false;
  private sites = 0;
  private rows = 0;
  private readonly stream: Stream;
  protected readonly kit: WalkKit;

  constructor(
    protected readonly target: WalkTarget,
    protected record: unknown,
    seed: string,
    label: string,
  ) {
    const { space, verifier, node, direction } = target;
    this.stream = streamOf([label, seed, node.pointer, direction ?? '']);
    this.kit = {
      space,
      verifier,
      direction,
      context: (depth) => this.context(depth),
      propertySchemas: (site, name) => propertySchemas(site.constraints.nodes, name),
      itemSchemas: (site, index) => itemSchemas(site.constraints.nodes, index, space.dialect),
    };
  }

  /** What the walk does at one site; `this.record` is the valid record, and must be so again afterwards. */
  protected abstract atSite(site: Site): void;

  /** Whether the values below a site are visited too. */
  protected descend(_site: Site): boolean {
    return true;
  }

  /** A fresh generation context, its draws keyed by how many came before: deterministic. */
  protected context(depth: number): GenerationContext {
    const row = this.rows++;
    const { space, verifier, direction } = this.target;
    const draws = new Draws(this.stream, row);
    const stream = substream(this.stream, row);
    return { space, verifier, draws, stream, depth, budget: { steps: STEP_BUDGET }, direction };
  }

  /** The schemas at a value, or null when they cannot be collected (then nothing is done there). */
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
  protected adopt(record: unknown): boolean {
    if (this.target.verifier.check(this.target.node, record) !== true) return false;
    this.record = record;
    return true;
  }

  /** A valid non-null value for the schemas, when a few draws find one. */
  protected nonNull(schemas: readonly SchemaNode[], depth: number): unknown {
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

  /** Does the subclass's work at `path`, then below it; the record is as it was afterwards. */
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
        nodes,
      };
      // The children are visited in the thickened record: a null object (a nullable one sampled as null)
      // has its properties only once a value stands in for it.
      const thickened = this.record;
      this.atSite(site);
      this.record = thickened;
      if (this.descend(site)) this.visitChildren(site);
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
}
