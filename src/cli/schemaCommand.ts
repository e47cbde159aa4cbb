/** @module `fixtura schema <contract>`: prints the contract's JSON Schema 2020-12. */
import { parseArgs } from 'node:util';
import { modelToJsonSchema } from '../model/modelToJsonSchema.js';
import { contractArgument } from './contractArgument.js';
import { EXIT_BAD_INPUT, EXIT_OK } from './exitCodes.js';
import { UsageError, type CliIo } from './io.js';
import { readOptionSpecs, readOptionsHelp, readOptionsOf } from './readOptions.js';

export const schemaHelp = `Usage: fixtura schema <contract> [--entity Name]

Prints the JSON Schema (draft 2020-12) of every entity's records, under $defs, or of one entity.

Options:
  --entity Name        only that entity's schema
${readOptionsHelp}`;

export async function schemaCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
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
    throw new UsageError(`schema takes one contract file, got ${positionals.length}`);
  const contract = await contractArgument(positionals[0] as string, io, readOptionsOf(values, io.cwd));
  if (!contract) return EXIT_BAD_INPUT;
  const schema = modelToJsonSchema(contract.model);
  if (values.entity !== undefined) {
    const one = schema.$defs[values.entity];
    if (!one)
      throw new UsageError(
        `no entity "${values.entity}"; the contract declares ${Object.keys(schema.$defs).join(', ')}`,
      );
    io.stdout.write(
      JSON.stringify({ $schema: schema.$schema, title: values.entity, ...one }, null, 2) + '\n',
    );
  } else io.stdout.write(JSON.stringify(schema, null, 2) + '\n');
  return EXIT_OK;
}
