/**
 * @module The memory sink: each entity's bytes kept in memory, exactly as its file would hold them, and the
 * manifest beside them. For tests that want a dataset without a folder, and for the service, which answers
 * with bytes. A run's entities become visible together at `commit`; an abort leaves the previous dataset.
 */
import { createHash } from 'node:crypto';
import type { GeneratedRecord } from '../engine/records.js';
import type { Manifest } from '../provenance/manifest.js';
import type { EntitySink, Sink, SinkEntity, SinkRun } from './sink.js';

/** A sink holding the last committed dataset in memory. */
export interface MemorySink extends Sink {
  /** The manifest of the last committed dataset; `null` before the first commit. */
  readonly manifest: Manifest | null;
  /** The entities of the last committed dataset, in contract order. */
  entities(): string[];
  /** An entity's bytes as its file would hold them (header and footer included). */
  bytes(entity: string): Uint8Array;
  /** The same, as text. */
  text(entity: string): string;
  /** An entity's records, read back from JSON Lines or JSON (CSV text keeps no types: read `text`). */
  records(entity: string): GeneratedRecord[];
}

interface Committed {
  readonly manifest: Manifest;
  readonly format: string;
  readonly bytes: ReadonlyMap<string, Uint8Array>;
}

/**
 * A sink that keeps the dataset in memory; each manifest entry's target is `memory:<Entity>`.
 * @example
 * const sink = memorySink();
 * await generateInto(model, sink, { seed: 's1', counts: { Customer: 2 } });
 * sink.text('Customer'); // '{"id":"…","email":"…@example.org",…}\n{"id":"…",…}\n'
 */
export function memorySink(): MemorySink {
  let committed: Committed | null = null;
  let staged: { format: string; bytes: Map<string, Uint8Array> } | null = null;

  const current = () => {
    if (!staged) throw new Error('memorySink: no run is under way: begin one first');
    return staged;
  };
  const bytesOf = (entity: string): Uint8Array => {
    const bytes = committed?.bytes.get(entity);
    if (bytes === undefined)
      throw new Error(
        `memorySink: no entity "${entity}" in the committed dataset` +
          (committed ? `; it has ${[...committed.bytes.keys()].join(', ')}` : ' (nothing is committed yet)'),
      );
    return bytes;
  };

  return {
    async begin(run: SinkRun) {
      if (staged) throw new Error('memorySink: a run is under way: commit or abort it first');
      staged = { format: run.format, bytes: new Map() };
    },
    open(entity: SinkEntity): EntitySink {
      const run = current();
      const parts: Uint8Array[] = [];
      const hash = createHash('sha256');
      let size = 0;
      return {
        write(part) {
          // Copied: the part's buffer takes the next part's rows once write returns.
          const copy = part.bytes.slice();
          parts.push(copy);
          hash.update(copy);
          size += copy.byteLength;
        },
        finish() {
          run.bytes.set(entity.name, Buffer.concat(parts, size));
          return { target: `memory:${entity.name}`, bytes: size, sha256: hash.digest('hex') };
        },
      };
    },
    async commit(manifest: Manifest) {
      const run = current();
      committed = { manifest, format: run.format, bytes: run.bytes };
      staged = null;
    },
    abort() {
      staged = null;
    },
    get manifest() {
      return committed?.manifest ?? null;
    },
    // In the manifest's order: entities in waves finish interleaved, not in contract order.
    entities: () =>
      committed?.manifest.files.map((f) => f.entity).filter((e) => committed?.bytes.has(e)) ?? [],
    bytes: bytesOf,
    text: (entity) => new TextDecoder().decode(bytesOf(entity)),
    records(entity) {
      const text = new TextDecoder().decode(bytesOf(entity));
      const format = (committed as Committed).format;
      if (format === 'json') return JSON.parse(text) as GeneratedRecord[];
      if (format === 'jsonl')
        return text
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as GeneratedRecord);
      throw new Error(
        `memorySink: records() reads JSON Lines and JSON, and this dataset is ${format}; read text()`,
      );
    },
  };
}
