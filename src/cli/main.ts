/** @module The `fixtura` command: dispatches to one file per command and maps failures to exit codes. */
import { suggest } from '../contract/didYouMean.js';
import { FIXTURA_VERSION } from '../provenance/versions.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './exitCodes.js';
import { InputError } from '../input/inputError.js';
import { formatUsageError, processIo, UsageError, type CliIo } from './io.js';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

// Every command is loaded on demand: `fixtura --help` then loads none of them, and each command only what it
// uses (the sampler brings Ajv, two validators and a $ref bundler that `generate` never needs).
const commands: Readonly<Record<string, { run: Command; summary: string }>> = {
  coverage: {
    run: async (argv, io) => (await import('./coverageCommand.js')).coverageCommand(argv, io),
    summary: "which of a contract's coverage targets a dataset hits (see fixtura coverage --help)",
  },
  generate: {
    run: async (argv, io) => (await import('./generateCommand.js')).generateCommand(argv, io),
    summary: 'write synthetic data for a contract (see fixtura generate --help)',
  },
  sample: {
    run: async (argv, io) => (await import('./sampleCommand.js')).sampleCommand(argv, io),
    summary: 'valid instances of a JSON Schema or OpenAPI schema (see fixtura sample --help)',
  },
  schema: {
    run: async (argv, io) => (await import('./schemaCommand.js')).schemaCommand(argv, io),
    summary: "print a contract's JSON Schema 2020-12",
  },
  types: {
    run: async (argv, io) => (await import('./typesCommand.js')).typesCommand(argv, io),
    summary: "TypeScript declarations of a contract's records, one interface per entity",
  },
  validate: {
    run: async (argv, io) => (await import('./validateCommand.js')).validateCommand(argv, io),
    summary: 'check a dataset against a contract (see fixtura validate --help)',
  },
};

const help = `fixtura ${FIXTURA_VERSION}: deterministic, relational, safe synthetic test data from data contracts

Usage: fixtura <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Exit codes: 0 done, 1 problems found, 2 bad input or usage, 3 internal error, 130 interrupted.
`;

/** Runs the command line; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help);
    if (name !== undefined) return EXIT_OK;
    io.stderr.write(
      `fixtura: ${formatUsageError(
        new UsageError('no command given', {
          where: '<command>',
          expected: `one of ${Object.keys(commands).join(', ')}`,
          found: 'nothing',
          hint: 'e.g. fixtura generate examples/shop.contract.yaml (the usage is above)',
        }),
      )}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${FIXTURA_VERSION}\n`);
    return EXIT_OK;
  }
  const command = commands[name];
  if (!command) {
    const names = Object.keys(commands);
    io.stderr.write(
      `fixtura: ${formatUsageError(
        new UsageError(`unknown command "${name}"`, {
          where: '<command>',
          expected: `one of ${names.join(', ')}`,
          found: `"${name}"`,
          hint: suggest(name, names, 'run "fixtura --help" for the commands'),
        }),
      )}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      // A file or stream that cannot be read as given: the user's input, not a bug, and not a usage slip.
      io.stderr.write(
        `fixtura ${name}: error ${error.code}: ${formatUsageError(new UsageError(error.message, error.detail))}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const text = error instanceof UsageError ? formatUsageError(error) : (error as Error).message;
      io.stderr.write(`fixtura ${name}: ${text}\nrun "fixtura ${name} --help" for usage\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr.write(
      `fixtura ${name}: internal error: ${(error as Error).stack ?? String(error)}\nplease report this\n`,
    );
    return EXIT_INTERNAL;
  }
}
