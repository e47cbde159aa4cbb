/**
 * The sink contract (issue 15): one suite that every sink must pass, run on each through the public API
 * only. A sink's output is complete or absent; an aborted or failed run keeps the previous output byte for
 * byte; the same rows come out for any worker count or batch size; and the manifest's sizes and hashes are
 * those of the content a reader finds. What differs between sinks is only how the suite reads a target back.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { exampleModel } from '../support/exampleModel.js';
import {
  ContractError,
  directorySink,
  generateInto,
  memorySink,
  type GenerateIntoOptions,
  type Manifest,
  type Sink,
  type SinkPart,
} from '../../src/index.js';

const shop = await exampleModel('shop.contract.yaml');
// Eight entities, most of them encoded in waves: their parts arrive interleaved, and they finish out of
// contract order.
const ecommerce = await exampleModel('ecommerce.contract.yaml');

/** A run of the shop example in many small parts, so that a run can be stopped part-way. */
const RUN: GenerateIntoOptions = {
  seed: 'sink-contract',
  counts: { Customer: 40, Order: 90 },
  workers: 1,
  batchSize: 16,
  clock: () => new Date('2026-01-01T00:00:00Z'),
};

/** What a reader of a sink's target finds: the manifest as stored, and each entry's content by its target. */
interface Output {
  readonly manifestText: string;
  readonly manifest: Manifest;
  readonly content: ReadonlyMap<string, Buffer>;
}

/** A sink under test: sinks for one target, and that target read back as a user would read it. */
interface SinkUnderTest {
  /** A sink writing to this test's target; the same target on every call. */
  sink(): Sink;
  /** The committed dataset, or `null` when the target holds none. */
  read(): Output | null;
  /** Whatever else the target holds: staging, temporary files, entities no manifest lists. */
  leftovers(): string[];
}

const scratch = mkdtempSync(path.join(tmpdir(), 'fixtura-sinks-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;

const SINKS: Readonly<Record<string, () => SinkUnderTest>> = {
  'the directory sink': () => {
    const dir = path.join(scratch, `out-${++folders}`);
    const read = (): Output | null => {
      const file = path.join(dir, 'manifest.json');
      if (!existsSync(file)) return null;
      const manifestText = readFileSync(file, 'utf8');
      const manifest = JSON.parse(manifestText) as Manifest;
      const content = new Map(manifest.files.map((f) => [f.path, readFileSync(path.join(dir, f.path))]));
      return { manifestText, manifest, content };
    };
    return {
      sink: () => directorySink(dir),
      read,
      leftovers: () => {
        const listed = new Set(['manifest.json', ...(read()?.manifest.files.map((f) => f.path) ?? [])]);
        return existsSync(dir) ? readdirSync(dir).filter((f) => !listed.has(f)) : [];
      },
    };
  },
  'the memory sink': () => {
    const sink = memorySink();
    const read = (): Output | null => {
      const manifest = sink.manifest;
      if (!manifest) return null;
      const content = new Map(manifest.files.map((f) => [f.path, Buffer.from(sink.bytes(f.entity))]));
      return { manifestText: JSON.stringify(manifest, null, 2), manifest, content };
    };
    return {
      sink: () => sink,
      read,
      leftovers: () => {
        const listed = new Set(read()?.manifest.files.map((f) => f.entity) ?? []);
        return sink.entities().filter((e) => !listed.has(e));
      },
    };
  },
};

/**
 * `sink` with its parts counted, and a planted failure: the write of row part `failAt` throws, as a full disk
 * or a dropped connection would.
 */
function watched(sink: Sink, failAt = Infinity): { sink: Sink; rowParts: () => number } {
  let rowParts = 0;
  return {
    sink: {
      begin: (run) => sink.begin(run),
      open: async (entity) => {
        const out = await sink.open(entity);
        return {
          write: (part: SinkPart) => {
            if (part.rows > 0 && ++rowParts === failAt) throw new Error('no space left on device (planted)');
            return out.write(part);
          },
          finish: () => out.finish(),
        };
      },
      commit: (manifest) => sink.commit(manifest),
      abort: () => sink.abort(),
    },
    rowParts: () => rowParts,
  };
}

/** Options that stop the run at its second part of rows: some rows are written by then, not all. */
function stoppedPartWay(): GenerateIntoOptions {
  const interrupt = new AbortController();
  return {
    ...RUN,
    signal: interrupt.signal,
    onProgress: (done) => {
      if (done > (RUN.batchSize as number)) interrupt.abort();
    },
  };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Every target as the manifest describes it: the bytes, the hash and, for JSON Lines, the rows. */
function assertMatchesManifest(output: Output, counts: Readonly<Record<string, number>>): void {
  assert.deepEqual(
    output.manifest.files.map((f) => [f.entity, f.rows]),
    Object.entries(counts),
  );
  for (const file of output.manifest.files) {
    const content = output.content.get(file.path);
    assert.ok(content, `${file.path} is listed in the manifest but absent`);
    assert.equal(content.byteLength, file.bytes, `${file.path}: size`);
    assert.equal(sha256(content), file.sha256, `${file.path}: sha256`);
    assert.equal(
      content.toString('utf8').split('\n').filter(Boolean).length,
      file.rows,
      `${file.path}: rows`,
    );
  }
}

/** The rows and their manifest entries, without the facts of the run (its time, its worker count). */
function reproducible(output: Output | null): { files: Manifest['files']; content: [string, string][] } {
  assert.ok(output, 'nothing was committed');
  return {
    files: output.manifest.files,
    content: [...output.content].map(([target, bytes]) => [target, sha256(bytes)]),
  };
}

function sinkContract(name: string, make: () => SinkUnderTest): void {
  describe(`the sink contract: ${name}`, () => {
    it('commits every entity whole, with the rows, size and sha256 its manifest entry gives', async () => {
      const target = make();
      const manifest = await generateInto(shop, target.sink(), RUN);
      const output = target.read();
      assert.ok(output, 'nothing was committed');
      assert.deepEqual(output.manifest, JSON.parse(JSON.stringify(manifest)));
      assertMatchesManifest(output, { Customer: 40, Order: 90 });
      assert.deepEqual(target.leftovers(), []);
    });

    it('leaves nothing when the run is interrupted part-way', async () => {
      const target = make();
      const { sink, rowParts } = watched(target.sink());
      await assert.rejects(generateInto(shop, sink, stoppedPartWay()), { name: 'AbortError' });
      assert.ok(rowParts() > 0, 'the run stopped before writing any rows');
      assert.equal(target.read(), null);
      assert.deepEqual(target.leftovers(), []);
    });

    it('leaves nothing when a write fails part-way', async () => {
      const target = make();
      const { sink } = watched(target.sink(), 3);
      await assert.rejects(generateInto(shop, sink, RUN), /no space left on device \(planted\)/);
      assert.equal(target.read(), null);
      assert.deepEqual(target.leftovers(), []);
    });

    it('keeps the previous dataset byte for byte when the next run stops, fails or is refused', async () => {
      const target = make();
      await generateInto(shop, target.sink(), RUN);
      const before = target.read();
      assert.ok(before);
      const next = { ...RUN, seed: 'the next run' };

      const interrupted = stoppedPartWay();
      await assert.rejects(generateInto(shop, target.sink(), { ...interrupted, seed: next.seed }), {
        name: 'AbortError',
      });
      assert.deepEqual(target.read(), before, 'an interrupted run changed the previous dataset');

      await assert.rejects(generateInto(shop, watched(target.sink(), 5).sink, next), /planted/);
      assert.deepEqual(target.read(), before, 'a failed run changed the previous dataset');

      await assert.rejects(
        generateInto(shop, target.sink(), { ...next, counts: { Customer: -1 } }),
        ContractError,
      );
      assert.deepEqual(target.read(), before, 'a refused run changed the previous dataset');
      assert.deepEqual(target.leftovers(), []);

      // The same comparison sees a run that does complete: the target is replaced, whole.
      await generateInto(shop, target.sink(), next);
      const after = target.read();
      assert.ok(after);
      assert.notDeepEqual(reproducible(after).content, reproducible(before).content);
      assertMatchesManifest(after, { Customer: 40, Order: 90 });
    });

    // Worker threads take seconds to start on a busy machine, so each format meets them once; the
    // e-commerce example, whose waves interleave its entities' parts, runs in one format.
    for (const format of ['jsonl', 'json', 'csv'])
      it(`gives the same ${format} bytes and manifest for any worker count or batch size`, async () => {
        const target = make();
        const runs = [
          { model: shop, counts: { Customer: 40, Order: 90 }, workers: 1 },
          { model: shop, counts: { Customer: 40, Order: 90 }, workers: 1, batchSize: 7 },
          { model: shop, counts: { Customer: 40, Order: 90 }, workers: 2, batchSize: 5 },
          ...(format === 'jsonl'
            ? [
                { model: ecommerce, count: 20, workers: 1 },
                { model: ecommerce, count: 20, workers: 1, batchSize: 3 },
                { model: ecommerce, count: 20, workers: 2, batchSize: 9 },
              ]
            : []),
        ];
        const outputs = new Map<string, ReturnType<typeof reproducible>>();
        for (const { model, ...options } of runs) {
          await generateInto(model, target.sink(), { seed: 'any split', format, ...options });
          const output = reproducible(target.read());
          const first = outputs.get(model.contract.name);
          if (first) assert.deepEqual(output, first, `${model.contract.name}: ${JSON.stringify(options)}`);
          else outputs.set(model.contract.name, output);
        }
      });
  });
}

for (const [name, make] of Object.entries(SINKS)) sinkContract(name, make);

describe('what a sink is given', () => {
  it('every sink is given the same bytes: the memory sink holds what the directory sink writes', async () => {
    const [directory, memory] = [SINKS['the directory sink'], SINKS['the memory sink']].map((make) =>
      (make as () => SinkUnderTest)(),
    ) as [SinkUnderTest, SinkUnderTest];
    await generateInto(shop, directory.sink(), RUN);
    await generateInto(shop, memory.sink(), RUN);
    const [fromDirectory, fromMemory] = [directory.read(), memory.read()];
    assert.ok(fromDirectory && fromMemory);
    assert.deepEqual(
      fromMemory.manifest.files.map((f) => ({ ...f, path: f.entity })),
      fromDirectory.manifest.files.map((f) => ({ ...f, path: f.entity })),
    );
    assert.deepEqual([...fromMemory.content.values()], [...fromDirectory.content.values()]);
    assert.deepEqual(
      fromMemory.manifest.files.map((f) => f.path),
      ['memory:Customer', 'memory:Order'],
    );
  });

  it('a part carries its rows as records too, the same values its bytes encode', async () => {
    const seen = new Map<string, { lines: string; records: unknown[]; framing: number[] }>();
    const recording: Sink = {
      begin: async () => {},
      open: (entity) => {
        const entry = { lines: '', records: [] as unknown[], framing: [] as number[] };
        seen.set(entity.name, entry);
        return {
          write: (part) => {
            const records = [...part.records()];
            if (part.rows === 0) entry.framing.push(records.length);
            else assert.equal(records.length, part.rows);
            entry.lines += new TextDecoder().decode(part.bytes);
            entry.records.push(...records);
          },
          finish: () => ({ target: entity.name, bytes: 0, sha256: '' }),
        };
      },
      commit: async () => {},
      abort: () => {},
    };
    // Two threads encode the bytes; the records are computed in this one.
    await generateInto(ecommerce, recording, { seed: 'records', count: 20, workers: 2, batchSize: 9 });
    assert.equal(seen.size, ecommerce.entities.length);
    for (const [entity, { lines, records, framing }] of seen) {
      assert.deepEqual(framing, [0, 0], `${entity}: a header and a footer, with no records`);
      assert.ok(records.length > 0, `${entity} has no rows`);
      const decoded = lines
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as unknown);
      assert.deepEqual(records, decoded, entity);
    }
  });
});
