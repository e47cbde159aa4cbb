/**
 * @module The seam between the walk and the kinds of rule breaking: a mutation looks at one site and proposes
 * replacement values that should break one keyword there. Mutations register in `mutations.ts`; the walk
 * verifies each proposal and keeps the first value that fails exactly that keyword.
 */
import type { SchemaNode } from '../../../jsonSchema/schemaIndex.js';
import type { SchemaSpace } from '../constraints.js';
import type { GenerationContext } from '../generationContext.js';
import type { Site } from './site.js';

/** What a mutation may use besides the site. */
export interface MutationKit {
  readonly space: SchemaSpace;
  /** A fresh generation context, its draws keyed by how many came before: deterministic. */
  context(depth: number): GenerationContext;
  /** The schemas that apply to a property of the site's object (null when none allows the name). */
  propertySchemas(site: Site, name: string): SchemaNode[] | null;
  /** The schemas that apply to an item of the site's array at a position. */
  itemSchemas(site: Site, index: number): SchemaNode[];
}

/** A proposal to break one keyword at one site. */
export interface Proposal {
  readonly keyword: string;
  /** Where the violation is, in the record (a missing or extra key's own path). */
  readonly path: string;
  readonly schemaPath: string;
  /**
   * Replacement values for the site's value, best first; built lazily, so only those tried cost anything. A
   * `NoCandidate` in the list says why one could not be built.
   */
  readonly candidates: Iterable<unknown>;
  /** Why no candidate can be built, when `candidates` is empty. */
  readonly reason?: string;
}

export interface Mutation {
  /** The keywords it breaks, for documentation and tests. */
  readonly keywords: readonly string[];
  propose(site: Site, kit: MutationKit): Proposal[];
}

/** Stands in a candidate list for a value that could not be built, with the reason. */
export class NoCandidate {
  readonly reason: string;
  /** A refusal's message loses its list of schema locations: the skipped entry has its own schemaPath. */
  constructor(reason: string | Error) {
    this.reason = typeof reason === 'string' ? reason : reason.message.replace(/ \(#[^()]*\)$/, '');
  }
}

/** A proposal that cannot be made, with the reason (reported among the skipped). */
export function impossible(keyword: string, path: string, schemaPath: string, reason: string): Proposal {
  return { keyword, path, schemaPath, candidates: [], reason };
}

/** The keyword a location names: the last token of its pointer. */
export function keywordOf(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}
