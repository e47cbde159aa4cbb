/**
 * @module The seam every field kind implements: a kind turns a field of its type into a value domain, asking
 * the compiler (`FieldCompiler`) for what lies outside the field: the run, the fields it reads, and where to
 * report a problem. Kinds register in an array (fieldKinds.ts); the compiler looks a field's kind up there.
 */
import type { SourceMap } from '../../contract/dsl/parseDsl.js';
import type { ContractIssue, IssueLocation } from '../../model/issues.js';
import type { Entity, Field, FieldType, Model } from '../../model/model.js';
import type { CompiledField } from '../compiledDataset.js';
import type { Plan } from '../plan.js';
import type { FindFormat } from '../values/formats/formats.js';
import type { DomainContext, ValueDomain } from '../values/valueDomain.js';

/** What a field kind may ask of the compiler besides its own field and draws. */
export interface FieldCompiler {
  readonly model: Model;
  readonly plan: Plan;
  /** The run's format lookup: the built-in formats, or a per-run context's with the user's own. */
  readonly findFormat: FindFormat;
  /** Where each field was declared (`Entity.field`); empty for a library caller's own model. */
  readonly sourceMap: SourceMap;
  // The functions below are plain closures, never methods: a kind may pass them on.
  /**
   * Another field as compiled, for a kind that reads it (a bound, a parent's key, a derive's inputs); `null`
   * when it could not be compiled, which is reported already. A field that reads itself through others is
   * reported as a cycle.
   */
  readonly compileField: (entity: Entity, field: Field) => CompiledField | null;
  /** Records a problem located at the field's declaration; the kind then returns `null`. */
  readonly report: (entity: Entity, field: Field, issue: Omit<ContractIssue, 'location'>) => void;
  /** Where a field was declared: its line in the source, or its place in the model. */
  readonly fieldLocation: (entity: Entity, field: Field) => IssueLocation;
}

/**
 * One kind of field (`type.kind` of the model): its value domain, given the field, its draws (`ctx`) and the
 * compiler. Returns `null` when the field cannot be generated, after reporting why; a kind may also throw a
 * `DomainError`, `PatternError` or `UnsatisfiableSchemaError`, which the compiler reports at the field.
 * @example
 * const booleanKind: FieldKind<'boolean'> = {
 *   kind: 'boolean',
 *   domain: (_entity, _field, _type, ctx) => booleanDomain(ctx),
 * };
 */
export interface FieldKind<K extends FieldType['kind'] = FieldType['kind']> {
  readonly kind: K;
  domain(
    entity: Entity,
    field: Field,
    type: Extract<FieldType, { kind: K }>,
    ctx: DomainContext,
    compiler: FieldCompiler,
  ): ValueDomain | null;
}
