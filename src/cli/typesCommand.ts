/** @module `fixtura types <contract>`: TypeScript declarations of the records, one interface per entity. */
import { modelToTypeScript } from '../modelExport/modelToTypeScript.js';
import { contractArgument } from './contractArgument.js';
import { EXIT_BAD_INPUT, EXIT_OK } from './exitCodes.js';
import { UsageError, type CliIo } from './io.js';
import { outputTarget } from './outputFile.js';
import { writeFileAtomically } from '../sinks/writeFileAtomically.js';
import { parseCommandLine } from './parseCommandLine.js';
import { readOptionSpecs, readOptionsHelp, readOptionsOf } from './readOptions.js';

export const typesHelp = `Usage: fixtura types <contract> [--out FILE]

Prints TypeScript declarations of the records: one interface per entity (the fields' types, optional keys
with ?, enums as unions of their values, nullable fields with | null) and a Records map from entity name to
record type. Import them in tests: const customers = [...records(dataset, 'Customer')] as Customer[].

Options:
  --out FILE           write them to FILE (e.g. src/fixtures.d.ts) instead of standard output
${readOptionsHelp}`;

export async function typesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('types', {
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      ...readOptionSpecs,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(typesHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new UsageError(`types takes one contract file, got ${positionals.length}`, {
      where: '<contract>',
      expected: 'one contract file',
      found: positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(', '),
      hint: 'e.g. fixtura types examples/shop.contract.yaml --out shop.d.ts',
    });
  const file = positionals[0] as string;
  const target =
    values.out === undefined ? null : outputTarget('--out', values.out, io.cwd, 'declaration file');
  const contract = await contractArgument(file, io, readOptionsOf(values, io.cwd));
  if (!contract) return EXIT_BAD_INPUT;
  const text = modelToTypeScript(contract.model, file);
  if (target === null) io.stdout.write(text);
  else writeFileAtomically(target, text);
  return EXIT_OK;
}
