/** @module `fixtura schema <contract>`: prints the contract's JSON Schema 2020-12. */
import { suggest } from '../contract/didYouMean.js';
import { modelToJsonSchema } from '../modelExport/modelToJsonSchema.js';
import { contractArgument } from './contractArgument.js';
import { EXIT_BAD_INPUT, EXIT_OK } from './exitCodes.js';
import { UsageError, type CliIo } from './io.js';
import { parseCommandLine } from './parseCommandLine.js';
import { readOptionSpecs, readOptionsHelp, readOptionsOf } from './readOptions.js';

export const schemaHelp = `Usage: fixtura schema <contract> [--entity Name]

Prints the JSON Schema (draft 2020-12) of every entity's records, under $defs, or of one entity.

Options:
  --entity Name        only that entity's schema
${readOptionsHelp}`;

export async function schemaCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('schema', {
    args: [...argv],
    allowPositionals: true,
    options: {
      entity: { type: 'string' },
      ...readOptionSpecs,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(schemaHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new UsageError(`schema takes one contract file, got ${positionals.length}`, {
      where: '<contract>',
      expected: 'one contract file',
      found: positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(', '),
      hint: 'e.g. fixtura schema examples/shop.contract.yaml --entity Customer',
    });
  const contract = await contractArgument(positionals[0] as string, io, readOptionsOf(values, io.cwd));
  if (!contract) return EXIT_BAD_INPUT;
  const schema = modelToJsonSchema(contract.model);
  if (values.entity !== undefined) {
    const one = schema.$defs[values.entity];
    if (!one) {
      const names = Object.keys(schema.$defs);
      throw new UsageError(`no entity "${values.entity}"; the contract declares ${names.join(', ')}`, {
        where: '--entity',
        expected: `one of ${names.join(', ')}`,
        found: `"${values.entity}"`,
        hint: suggest(values.entity, names, 'entity names are case-sensitive'),
      });
    }
    io.stdout.write(
      JSON.stringify({ $schema: schema.$schema, title: values.entity, ...one }, null, 2) + '\n',
    );
  } else io.stdout.write(JSON.stringify(schema, null, 2) + '\n');
  return EXIT_OK;
}
