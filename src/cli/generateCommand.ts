/** @module `fixtura generate <contract>`: writes the dataset and its manifest to a directory. */
import path from 'node:path';
import { suggest } from '../contract/didYouMean.js';
import { ContractError, formatIssue } from '../model/issues.js';
import { leavingOutUnfillable } from './leavingOutUnfillable.js';
import { DEFAULT_SEED } from '../engine/plan.js';
import { findTextFormat, textFormats } from '../engine/encoders/textFormats.js';
import { gitRevision } from '../provenance/gitRevision.js';
import { writeDataset } from '../sinks/writeDataset.js';
import type { NegativeSummary } from '../context/negativeDataset.js';
import { OutputRefused } from '../sinks/outputRefused.js';
import { contractArgument } from './contractArgument.js';
import { EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_OK } from './exitCodes.js';
import { withinLimit } from './optionLimit.js';
import { MAX_BATCH_SIZE, MAX_WORKERS } from '../model/limits.js';
import { UsageError, type CliIo } from './io.js';
import { parseCommandLine } from './parseCommandLine.js';
import { generateToStdout } from './generateToStdout.js';
import { progressBar } from './progressBar.js';
import { readOptionSpecs, readOptionsHelp, readOptionsOf } from './readOptions.js';

export const generateHelp = `Usage: fixtura generate <contract> [options]

Writes one file per entity and manifest.json into the output directory.

Options:
  --seed S             any string (default "${DEFAULT_SEED}"); same seed, same bytes
  --count Entity=N     rows for one entity (repeatable)
  -n, --rows N         rows for every entity without its own --count
  --out DIR            output directory (default out/); written all or nothing (docs/output.md)
  --out -              one entity's records to standard output (same bytes as its file), no manifest;
                       notes go to standard error
  --entity Name        with --out -: the entity to write (needed when the contract has several)
  --format F           ${textFormats.map((f) => f.name).join(' | ')} (default jsonl)
  --tenant T           tenant name; part of every value's identity (default "")
  --env E              environment name; part of every value's identity (default "")
  --run-id ID          recorded in the manifest (e.g. $GITHUB_RUN_ID)
  --ref-date DATE      "now" for relative dates, ISO 8601 (default 2026-01-01T00:00:00Z)
  --profile P          realistic (default) | edge | mixed:edge=S | negative | a preset: pr, nightly,
                       or the contract's profiles: (docs/profiles.md). negative writes the edge dataset
                       and <Entity>.negative.jsonl: records that each break exactly one rule
  --workers N          worker threads (default: available cores); output is identical for any N
  --batch-size N       rows per chunk (default 8192); output is identical for any size
  --quiet              print nothing on success
${readOptionsHelp}`;

/** `text` as a whole number, or a UsageError naming `option` (`what` is how the message names the value). */
function wholeNumber(text: string, option: string, what = option): number {
  if (!/^\d+$/.test(text))
    throw new UsageError(`${what} must be a whole number, got "${text}"`, {
      where: option,
      expected: 'a whole number of digits, 0 or more',
      found: `"${text}"`,
      hint: option === '--count' ? 'e.g. --count Customer=100' : `e.g. ${option} 100`,
    });
  return Number(text);
}

export async function generateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('generate', {
    args: [...argv],
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      count: { type: 'string', multiple: true },
      rows: { type: 'string', short: 'n' },
      out: { type: 'string', default: 'out' },
      entity: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      tenant: { type: 'string' },
      env: { type: 'string' },
      'run-id': { type: 'string' },
      'ref-date': { type: 'string' },
      profile: { type: 'string' },
      workers: { type: 'string' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      ...readOptionSpecs,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(generateHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new UsageError(`generate takes one contract file, got ${positionals.length}`, {
      where: '<contract>',
      expected: 'one contract file',
      found: positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(', '),
      hint: 'e.g. fixtura generate examples/shop.contract.yaml --out out; options go after their values',
    });
  const file = positionals[0] as string;
  if (!findTextFormat(values.format)) {
    const names = textFormats.map((f) => f.name);
    throw new UsageError(`unknown --format "${values.format}"; expected one of ${names.join(', ')}`, {
      where: '--format',
      expected: `one of ${names.join(', ')}`,
      found: `"${values.format}"`,
      hint: suggest(values.format, names, 'e.g. --format csv'),
    });
  }
  const counts: Record<string, number> = {};
  for (const spec of values.count ?? []) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m)
      throw new UsageError(`--count takes Entity=N, got "${spec}"`, {
        where: '--count',
        expected: 'Entity=N, an entity name and a whole number',
        found: `"${spec}"`,
        hint: 'e.g. --count Customer=100 (repeat --count for each entity)',
      });
    counts[m[1] as string] = wholeNumber(m[2] as string, '--count', `--count ${m[1]}`);
  }
  const negative = values.profile === 'negative';
  if (negative && values.format !== 'jsonl')
    throw new UsageError('--profile negative writes JSON Lines; leave out --format or use --format jsonl', {
      where: '--format',
      expected: 'jsonl (or no --format) with --profile negative',
      found: `"${values.format}"`,
      hint: 'leave out --format, or use --profile edge for other formats',
    });
  if (values.entity !== undefined && values.out !== '-')
    throw new UsageError('--entity chooses the entity --out - writes; a folder gets every entity', {
      where: '--entity',
      expected: '--entity together with --out -',
      found: `--out ${values.out}`,
      hint: `add --out - to write ${values.entity}'s records to standard output, or leave out --entity`,
    });
  if (values.out === '-' && negative)
    throw new UsageError('--profile negative writes two files per entity and cannot go to standard output', {
      where: '--out',
      expected: 'an output directory with --profile negative',
      found: '-',
      hint: 'use --out DIR, or --profile edge for valid edge records on standard output',
    });
  // Asked now, answered while the contract is read: the manifest records the checkout's commit.
  const revision = values.out === '-' ? null : gitRevision(io.cwd);
  const contract = await contractArgument(file, io, readOptionsOf(values, io.cwd));
  if (!contract) return EXIT_BAD_INPUT;

  const generation = {
    seed: values.seed ?? DEFAULT_SEED,
    counts,
    ...(values.rows !== undefined ? { count: wholeNumber(values.rows, '-n') } : {}),
    ...(values.tenant !== undefined ? { tenant: values.tenant } : {}),
    ...(values.env !== undefined ? { environment: values.env } : {}),
    ...(values['ref-date'] !== undefined ? { refDate: values['ref-date'] } : {}),
    ...(values.profile !== undefined && !negative ? { profile: values.profile } : {}),
  };
  const chunking = {
    ...(values.workers !== undefined
      ? {
          workers: withinLimit(
            Math.max(1, wholeNumber(values.workers, '--workers')),
            '--workers',
            MAX_WORKERS,
            'leave --workers out to use every core (output is identical for any worker count)',
          ),
        }
      : {}),
    ...(values['batch-size'] !== undefined
      ? {
          batchSize: withinLimit(
            Math.max(1, wholeNumber(values['batch-size'], '--batch-size')),
            '--batch-size',
            MAX_BATCH_SIZE,
            'leave --batch-size out (default 8192; output is identical for any size)',
          ),
        }
      : {}),
  };
  if (values.out === '-')
    return generateToStdout(contract, io, {
      ...generation,
      format: values.format,
      quiet: values.quiet,
      ...(values.entity !== undefined ? { entity: values.entity } : {}),
      ...chunking,
    });
  const outDir = path.resolve(io.cwd, values.out);
  let progress: ReturnType<typeof progressBar> | null = null;
  // A function, because TypeScript cannot see that the progress callback assigns `progress`.
  const endProgress = (): void => progress?.end();
  // Ctrl-C or a CI timeout stops between chunks and removes the temporary files: nothing half-written stays.
  const interrupt = new AbortController();
  const stop = (): void => interrupt.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    // The negative profile validates what it writes: its validators load only when it is asked for.
    const write = negative
      ? (await import('../context/negativeDataset.js')).writeNegativeDataset
      : async (...a: Parameters<typeof writeDataset>) => ({
          manifest: await writeDataset(...a),
          negatives: [] as NegativeSummary[],
        });
    const options: Parameters<typeof writeDataset>[1] = {
      signal: interrupt.signal,
      outDir,
      format: values.format,
      ...generation,
      ...(values['run-id'] !== undefined ? { runId: values['run-id'] } : {}),
      ...chunking,
      contractPath: path.relative(io.cwd, path.resolve(io.cwd, file)) || file,
      sourceMap: contract.sourceMap,
      git: await revision,
      clock: () => new Date(),
      onProgress: (done, total) => {
        progress ??= progressBar(io, !values.quiet, total);
        progress.update?.(done);
      },
    };
    const { manifest, negatives } = await leavingOutUnfillable(contract, io, (model) =>
      write(model, options),
    );
    endProgress();
    if (!values.quiet) {
      // Relative when inside the working directory (as typed), absolute otherwise (not ../../tmp/…).
      const relative = path.relative(io.cwd, outDir);
      const rel = relative === '' ? '.' : relative.startsWith('..') ? outDir : relative;
      for (const f of manifest.files) {
        const what = f.path.endsWith('.negative.jsonl') ? 'negative records' : 'rows';
        io.stdout.write(`${String(f.rows).padStart(10)} ${f.entity} ${what} → ${path.join(rel, f.path)}\n`);
      }
      for (const n of negatives)
        if (n.skipped.length > 0)
          io.stdout.write(
            `           ${n.entity}: ${n.skipped.length} rules without a record breaking only them (${[...new Set(n.skipped.map((s) => s.code))].slice(0, 4).join(', ')}${n.skipped.length > 4 ? ', …' : ''})\n`,
          );
      io.stdout.write(
        `manifest → ${path.join(rel, 'manifest.json')} (seed "${manifest.generation.seed}", ${manifest.run.durationMs} ms)\n`,
      );
    }
    return EXIT_OK;
  } catch (error) {
    endProgress();
    if (error instanceof ContractError) {
      io.stderr.write(error.issues.map(formatIssue).join('\n') + '\nnothing was written\n');
      return EXIT_BAD_INPUT;
    }
    if (error instanceof OutputRefused) {
      const d = error.detail;
      io.stderr.write(
        `fixtura generate: ${error.message}\n  where:    ${d.where}\n  expected: ${d.expected}\n  found:    ${d.found}\n  hint:     ${d.hint}\nnothing was written, earlier output is unchanged\n`,
      );
      return EXIT_BAD_INPUT;
    }
    const ioError = error as NodeJS.ErrnoException & { committed?: boolean };
    if (typeof ioError.code === 'string' && typeof ioError.syscall === 'string') {
      // The file system refused (not a directory, no permission, disk full): the user's environment, not a bug.
      io.stderr.write(
        `cannot write the dataset to ${outDir}: ${ioError.message}\n` +
          `  where:    ${ioError.path ?? `--out ${values.out}`}\n` +
          `  expected: an output folder Fixtura can create files in and rename files within\n` +
          `  found:    ${ioError.code}\n` +
          (ioError.committed
            ? `  hint:     the new dataset is committed; run any fixtura command on ${outDir} to put its last files in place\n`
            : `  hint:     check --out, its permissions and the free space\nnothing was written, earlier output is unchanged\n`),
      );
      return EXIT_BAD_INPUT;
    }
    if (interrupt.signal.aborted) {
      io.stderr.write('interrupted: nothing was written, earlier output is unchanged\n');
      return EXIT_INTERRUPTED;
    }
    throw error;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
