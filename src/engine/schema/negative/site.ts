/**
 * @module A place in a valid record where rules can be broken: the value there, every schema that applies to
 * it (with the branch of each anyOf/oneOf/if that the value takes), and the choices on the way from the root.
 */
import type { SchemaNode } from '../../../jsonSchema/schemaIndex.js';
import type { Constraints } from '../constraints.js';

/** One choice the walk settled on the way to a site, where a validator may report a wrapper error. */
export interface RouteStep {
  readonly kind: 'anyOf' | 'oneOf' | 'if';
  /** JSON pointer into the record of the value the choice applies to. */
  readonly path: string;
  /** The other branches (anyOf/oneOf): a negative record must fail each of them too. */
  readonly alternatives: readonly SchemaNode[];
}

export interface Site {
  /** JSON pointer into the record. */
  readonly path: string;
  readonly value: unknown;
  /** What the schemas that apply here demand, the chosen branches included. */
  readonly constraints: Constraints;
  readonly route: readonly RouteStep[];
  /** The schemas the walk reached the value with, before its anyOf/oneOf/if choices were settled. */
  readonly nodes: readonly SchemaNode[];
  /** Nesting depth of the value (0 for the record itself). */
  readonly depth: number;
}
