/**
 * @module The seam between the generator and wherever a dataset goes (issue 15, ADR 024): a run begins, each
 * entity is opened with its columns, its rows are written, and the run commits with its manifest or aborts.
 * The engine does not know where rows go; one contract suite (`test/library/sinks.test.ts`) holds every sink
 * to the same promises: the output is complete or absent, an abort keeps the previous output, the same rows
 * come out for any worker count or batch size, and the manifest's hashes match.
 */
import type { GeneratedRecord } from '../engine/records.js';
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import type { Model } from '../model/model.js';
import type { Manifest } from '../provenance/manifest.js';

/**
 * Where a dataset goes. One run at a time: `begin`, then `open` for every entity, then `commit` or `abort`;
 * after either, the sink may begin again. Until `commit`, a reader of the target sees the previous output.
 * @example await generateInto(model, memorySink(), { seed: 's1', counts: { Customer: 3 } })
 */
export interface Sink {
  /**
   * Called before any row is generated: refuses what this sink cannot take (a ContractError naming the
   * entity, or an OutputRefused), then gets ready (a folder's lock and staging, a transaction).
   */
  begin(run: SinkRun): Promise<void>;
  open(entity: SinkEntity): EntitySink | Promise<EntitySink>;
  /** Puts every entity written since `begin`, and the manifest, in place together. */
  commit(manifest: Manifest): Promise<void>;
  /** Drops everything written since `begin`; the previous output stays as it was. */
  abort(): void | Promise<void>;
}

/** What a run is about to write, for the sink to check and prepare before any work. */
export interface SinkRun {
  readonly model: Model;
  /** The encoding every part's bytes are in: `jsonl`, `json` or `csv`. */
  readonly format: string;
  /** The format's file extension, without the dot. */
  readonly extension: string;
  /** Where each entity was written in the contract, so a refusal names its line. */
  readonly sourceMap?: SourceMap;
  /** The contract file, for a refusal the source map cannot place. */
  readonly contractPath?: string;
  /** Stops waits the sink makes (a lock); the run itself checks it between parts. */
  readonly signal?: AbortSignal;
}

export interface SinkEntity {
  readonly name: string;
  /** The entity's fields in contract order: a CSV header's names, a table's columns. */
  readonly columns: readonly string[];
  /** The rows it will have. */
  readonly rows: number;
}

/** One entity being written: its parts in order, then `finish`. */
export interface EntitySink {
  /** May return a promise, which the run awaits before the next part: back-pressure for a slow target. */
  write(part: SinkPart): void | Promise<void>;
  finish(): WrittenEntity | Promise<WrittenEntity>;
}

/**
 * Consecutive rows of one entity. A byte sink (a file, an object store) takes `bytes`; a table sink takes
 * `records()`, computed only when asked for. The format's header and footer come as parts of no rows.
 */
export interface SinkPart {
  /** Rows in the part; 0 for the format's header or footer. */
  readonly rows: number;
  /**
   * The rows encoded in the run's format, as they appear in the entity's file. Valid only until `write`
   * returns: the buffer then takes the next part's rows (copy what you keep).
   */
  readonly bytes: Uint8Array;
  /** The same rows as records (the values `records()` gives), computed when asked; none for framing. */
  records(): Iterable<GeneratedRecord>;
}

/** Where an entity went and what was written there: the manifest entry's target, size and hash. */
export interface WrittenEntity {
  /**
   * The target: a file's name inside the output folder (`Customer.jsonl`), `memory:Customer`, later a table
   * or an object. The manifest records it as the entry's `path` (ADR 024).
   */
  readonly target: string;
  /** Bytes the sink was given, headers and footers included. */
  readonly bytes: number;
  /** sha256 of those bytes, hex. */
  readonly sha256: string;
}
