/**
 * @module `fixtura generate --out -`: one entity's records on standard output, notes on standard error.
 *
 * One entity, because a stream of one kind of record is what a pipe (`| jq`, `| psql … COPY`) wants and the
 * bytes are then exactly that entity's file; a contract with several entities needs `--entity Name`, and is
 * refused without it, rather than inventing an envelope no other output uses (docs/adr/016-the-first-hour.md).
 * Nothing is written to disk: no folder, no manifest.
 */
import { suggest } from '../contract/didYouMean.js';
import { ContractError, formatIssue } from '../model/issues.js';
import { leavingOutUnfillable } from './leavingOutUnfillable.js';
import type { ChunkOptions } from '../engine/parallel/chunkProducer.js';
import type { GenerateOptions } from '../engine/plan.js';
import type { Model } from '../model/model.js';
import { streamEntity } from '../sinks/streamEntity.js';
import { EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_OK } from './exitCodes.js';
import { UsageError, type CliIo } from './io.js';
import { progressBar } from './progressBar.js';
import { ReaderGone, stdoutWriter } from './stdoutWriter.js';

export interface GenerateToStdoutOptions extends GenerateOptions, ChunkOptions {
  readonly format: string;
  readonly quiet: boolean;
  readonly entity?: string;
}

/** The entity `--out -` writes: the one named, or the contract's only one; a UsageError otherwise. */
function chosenEntity(model: Model, named: string | undefined): string {
  const names = model.entities.map((e) => e.name);
  if (named === undefined) {
    if (names.length === 1) return names[0] as string;
    throw new UsageError(`--out - writes one entity's records, and the contract has ${names.length}`, {
      where: '--out -',
      expected: '--entity Name to choose one',
      found: `no --entity; entities: ${names.join(', ')}`,
      hint: `e.g. --out - --entity ${names[0] ?? 'Name'} (or --out DIR for every entity)`,
    });
  }
  if (names.includes(named)) return named;
  throw new UsageError(`--entity names an entity the contract does not declare: "${named}"`, {
    where: '--entity',
    expected: `one of ${names.join(', ')}`,
    found: `"${named}"`,
    hint: suggest(named, names, `e.g. --entity ${names[0] ?? 'Name'}`),
  });
}

export async function generateToStdout(
  contract: Parameters<typeof leavingOutUnfillable>[0],
  io: CliIo,
  options: GenerateToStdoutOptions,
): Promise<number> {
  const model = contract.model;
  const entity = chosenEntity(model, options.entity);
  const interrupt = new AbortController();
  const stop = (): void => interrupt.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let progress: ReturnType<typeof progressBar> | null = null;
  const endProgress = (): void => progress?.end();
  let written = false;
  const write = stdoutWriter(io);
  const started = process.hrtime.bigint();
  try {
    const { rows } = await leavingOutUnfillable(contract, io, (kept) =>
      streamEntity(
        kept,
        {
          ...options,
          entity,
          sourceMap: contract.sourceMap,
          signal: interrupt.signal,
          onProgress: (done, total) => {
            progress ??= progressBar(io, !options.quiet, total);
            progress.update?.(done);
          },
        },
        async (text) => {
          written ||= text.length > 0;
          await write(text);
        },
      ),
    );
    endProgress();
    const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
    if (!options.quiet)
      io.stderr.write(
        `${String(rows).padStart(10)} ${entity} rows → standard output (seed "${options.seed}", ${ms} ms)\n`,
      );
    return EXIT_OK;
  } catch (error) {
    endProgress();
    // The reader stopped reading (`| head`): what it wanted was written.
    if (error instanceof ReaderGone) return EXIT_OK;
    const tail = written ? 'the output above is incomplete' : 'nothing was written';
    if (error instanceof ContractError) {
      io.stderr.write(error.issues.map(formatIssue).join('\n') + `\n${tail}\n`);
      return EXIT_BAD_INPUT;
    }
    if (interrupt.signal.aborted) {
      io.stderr.write(`interrupted: ${tail}\n`);
      return EXIT_INTERRUPTED;
    }
    throw error;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
