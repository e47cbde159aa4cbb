/**
 * @module The Model: the plain, JSON-serialisable description of a contract that every parser produces
 * and every later stage (engine, schema export, validation) consumes.
 *
 * Optional facts are `null` rather than missing keys so that the canonical form (and its sha256) does not
 * depend on how a contract happened to be written.
 */

/** A whole contract, translated from its source. */
export interface Model {
  readonly contract: ContractHeader;
  readonly entities: readonly Entity[];
  /**
   * The schemas that `json` fields point into, once for the whole model: a JSON Schema 2020-12 resource
   * (`$id` DEFINITIONS_ID) whose `$defs` are an OpenAPI document's components (or a JSON Schema's `$defs`), with
   * `$ref`s rewritten to stay inside it. Absent for DSL contracts.
   */
  readonly definitions?: JsonValue;
  /** The contract's locale (`locale: de-DE`) for names, addresses, phones…; absent for the default, en-US. */
  readonly locale?: string;
  /** Named presets (`profiles: { pr: …, nightly: … }`), over the built-in ones; absent when none. */
  readonly profiles?: Readonly<Record<string, ProfilePreset>>;
}

/** A named preset: a profile and row counts, selected with `--profile NAME`. */
export interface ProfilePreset {
  /** `realistic`, `edge` or `mixed:edge=S`; null keeps the default. */
  readonly profile: string | null;
  /** Rows for every entity without its own count here; null keeps the contract's. */
  readonly count: number | null;
  readonly counts: Readonly<Record<string, number>>;
}

/** The `$id` of a model's definitions, wherever they are embedded. */
export const DEFINITIONS_ID = 'https://fixtura.invalid/definitions.json';

export interface ContractHeader {
  readonly name: string;
  readonly version: string;
}

/** One kind of record, e.g. `Customer`. */
export interface Entity {
  readonly name: string;
  /** Primary key field; defaults to `id` when the entity has one, else `null`. The key is unique. */
  readonly key: string | null;
  /** Default row count declared in the contract (`count:`), or `null` for the engine's default. */
  readonly count: number | null;
  readonly fields: readonly Field[];
  /** Business rules every record must satisfy, in contract order (checked by `fixtura validate`). */
  readonly rules: readonly Rule[];
  /**
   * A key of two foreign keys (`key: [order_id, product_id]`): the join entity of a many-to-many relation,
   * whose pairs are unique. Absent otherwise (then `key` is the key, or null).
   */
  readonly compositeKey?: readonly string[];
  /** The entity's locale, over the contract's (`locale:`); absent when not set. */
  readonly locale?: string;
  /**
   * A field naming each row's country (`locale_from: country`): names, phones, addresses, postcodes and
   * currency of the row follow it. Absent when not set.
   */
  readonly localeFrom?: string;
}

/** A boolean expression over an entity's fields (CEL; see docs/rules.md). */
export interface Rule {
  /** How reports name the rule: the name given in the contract, else the expression itself. */
  readonly name: string;
  readonly expression: string;
}

export interface Field {
  readonly name: string;
  readonly type: FieldType;
  readonly unique: boolean;
  /** Share of rows whose value is `null` (0 when the field is not nullable). */
  readonly nullable: number;
  /** Share of rows where the key is absent altogether (0 when the field is required). */
  readonly optional: number;
  readonly description: string | null;
  /** An example value, as written in the contract (documentation only). */
  readonly example: JsonValue;
  /**
   * A CEL condition over the row's other fields: when it is false the key is absent (`when:` in the long form).
   * Absent (not null) when the field has none, so contracts without conditions keep their model hash.
   */
  readonly when?: string;
}

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [k: string]: JsonValue };

export type FieldType =
  | StringType
  | IntegerType
  | NumberType
  | BooleanType
  | DateType
  | DateTimeType
  | EnumType
  | ForeignKeyType
  | JsonType
  | DerivedType
  | AggregateType;

/**
 * A value computed over the row's children (`derive(sum(OrderItem.line_total))`): the child entity must
 * reference this one with `fanout: between(min, max)`, whose contiguous blocks let a parent find its children.
 */
export interface AggregateType {
  readonly kind: 'aggregate';
  readonly fn: 'sum' | 'count' | 'min' | 'max';
  readonly entity: string;
  /** The children's field, or null for `count(Entity)`. */
  readonly field: string | null;
}

/** A value computed from the row's other fields by a CEL expression (`derive(quantity * unit_price)`). */
export interface DerivedType {
  readonly kind: 'derived';
  readonly expression: string;
}

export interface StringType {
  readonly kind: 'string';
  /** A semantic format such as `email` (see engine/values/formats), or `null` for free text. */
  readonly format: string | null;
  readonly minLength: number | null;
  readonly maxLength: number | null;
  /** An ECMAScript regular expression source (without slashes) that every value matches. */
  readonly pattern: string | null;
}

export interface IntegerType {
  readonly kind: 'integer';
  readonly min: number | null;
  readonly max: number | null;
  readonly distribution: Distribution;
}

export interface NumberType {
  readonly kind: 'number';
  readonly min: number | null;
  readonly max: number | null;
  /** Number of decimals every value has at most (`2dec`), or `null` for any double. */
  readonly decimals: number | null;
  readonly distribution: Distribution;
}

export interface BooleanType {
  readonly kind: 'boolean';
}

/**
 * A bound taken from another field of the same row (`created_at`), or of the parent row through a foreign key
 * (`customer_id.created_at`: the fk field, then the parent's field), moved by an offset in the type's unit
 * (days for a date, seconds for a date-time: `<= loaned_on + 30d` is `maxField: 'loaned_on', maxOffset: 30`).
 * Optional keys, absent when unused (an offset of 0 too), so contracts without them keep their model hash.
 */
export interface FieldBounds {
  readonly minField?: string;
  readonly maxField?: string;
  readonly minOffset?: number;
  readonly maxOffset?: number;
}

/** A calendar date; bounds are `YYYY-MM-DD`. */
export interface DateType extends FieldBounds {
  readonly kind: 'date';
  readonly min: string | null;
  readonly max: string | null;
  /** Parameters are in days; a normal's `mean` is days since 1970-01-01. */
  readonly distribution: Distribution;
}

/** An instant; bounds are normalised to UTC `YYYY-MM-DDTHH:MM:SSZ`. */
export interface DateTimeType extends FieldBounds {
  readonly kind: 'datetime';
  readonly min: string | null;
  readonly max: string | null;
  /** Parameters are in seconds; a normal's `mean` is seconds since the Unix epoch. */
  readonly distribution: Distribution;
}

export interface EnumType {
  readonly kind: 'enum';
  readonly values: readonly string[];
  /** Relative weights, one per value, or `null` for equal weights. */
  readonly weights: readonly number[] | null;
}

/**
 * Any JSON value valid against a schema of the model's `definitions`: the nested objects, arrays and unions of
 * OpenAPI and JSON Schema contracts, generated by the schema sampler (engine/schema).
 */
export interface JsonType {
  readonly kind: 'json';
  /** JSON pointer into `Model.definitions`, e.g. `/$defs/Pet/properties/owner`. */
  readonly pointer: string;
}

export interface ForeignKeyType {
  readonly kind: 'fk';
  readonly entity: string;
  readonly field: string;
  readonly fanout: Fanout;
  /**
   * For a reference to its own entity (a tree: `manager_id`, `parent_id`): the deepest level below a root.
   * Absent for other references; such a reference defaults to 5.
   */
  readonly depth?: number;
}

/**
 * How values spread between a field's bounds. Draws are truncated to the bounds exactly (inverse-CDF
 * sampling on the truncated range), never clamped, so the shape stays honest near the edges.
 */
export type Distribution =
  | { readonly kind: 'uniform' }
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number }
  /** `exp(N(mu, sigma))`, offset so that it starts at the lower bound. */
  | { readonly kind: 'lognormal'; readonly mu: number; readonly sigma: number };

/** How many children each parent gets (see docs/contract-dsl.md#fanout). */
export type Fanout =
  | { readonly kind: 'uniform' }
  | { readonly kind: 'zipf'; readonly s: number }
  | { readonly kind: 'poisson'; readonly mean: number }
  /**
   * Each parent gets between `min` and `max` children (inclusive), stored as one contiguous block of child
   * rows per parent: the child entity's count follows from its parents, and a parent can sum its children.
   */
  | { readonly kind: 'between'; readonly min: number; readonly max: number };

export const UNIFORM: Distribution = { kind: 'uniform' };
export const UNIFORM_FANOUT: Fanout = { kind: 'uniform' };

/** Finds an entity by name. */
export function findEntity(model: Model, name: string): Entity | undefined {
  return model.entities.find((e) => e.name === name);
}

/** Finds a field of an entity by name. */
export function findField(entity: Entity, name: string): Field | undefined {
  return entity.fields.find((f) => f.name === name);
}
