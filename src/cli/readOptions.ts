/**
 * @module The options every command that loads a contract or schema takes about reading it: where `$ref`s
 * may lead (--ref-root, --allow-remote-refs), how OpenAPI 3.0's `nullable` is read (--nullable) and, from
 * FIXTURA_READ_TIMEOUT, how long a read may stall.
 */
import path from 'node:path';
import { suggest } from '../contract/didYouMean.js';
import { NULLABLE_READINGS, type NullableReading } from '../contract/openapi/nullableReading.js';
import type { ReadOptions } from '../input/readLimits.js';
import { UsageError } from './io.js';

/** parseArgs definitions of the read options. */
export const readOptionSpecs = {
  'ref-root': { type: 'string' },
  'allow-remote-refs': { type: 'boolean', default: false },
  nullable: { type: 'string', default: 'strict' },
} as const;

/** The lines the commands' --help shows for them. */
export const readOptionsHelp = `  --ref-root DIR       file $refs must stay inside DIR (default: the folder of the document)
  --allow-remote-refs  fetch $refs to http(s) URLs (default: refused), each within FIXTURA_READ_TIMEOUT
                       seconds (default 30); see docs/input-safety.md
  --nullable strict|loose
                       how OpenAPI 3.0 nullable: true is read: strict (default) adds null only beside
                       type, as 3.0.3 says; loose also beside $ref/allOf/oneOf/anyOf and past enum
`;

/**
 * The read options from parsed values and the environment.
 * @throws UsageError for a FIXTURA_READ_TIMEOUT that is not a positive number of seconds, or a --nullable
 * that is neither strict nor loose
 */
export function readOptionsOf(
  values: {
    'ref-root'?: string | undefined;
    'allow-remote-refs'?: boolean | undefined;
    nullable?: string | undefined;
  },
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): ReadOptions {
  const timeout = env.FIXTURA_READ_TIMEOUT;
  let readTimeoutMs: number | undefined;
  if (timeout !== undefined && timeout !== '') {
    const seconds = Number(timeout);
    if (!/^\d+(\.\d+)?$/.test(timeout) || seconds <= 0 || seconds > 86_400)
      throw new UsageError('FIXTURA_READ_TIMEOUT must be a number of seconds', {
        where: 'FIXTURA_READ_TIMEOUT',
        expected: 'a number of seconds above 0 and at most 86400',
        found: JSON.stringify(timeout),
        hint: 'e.g. FIXTURA_READ_TIMEOUT=60, or unset it for the default of 30',
      });
    readTimeoutMs = Math.round(seconds * 1000);
  }
  const nullable = values.nullable ?? 'strict';
  if (!(NULLABLE_READINGS as readonly string[]).includes(nullable))
    throw new UsageError(`unknown --nullable "${nullable}": choose strict or loose`, {
      where: '--nullable',
      expected: NULLABLE_READINGS.join(' or '),
      found: `"${nullable}"`,
      hint: suggest(nullable, NULLABLE_READINGS, 'e.g. --nullable loose; strict is the default'),
    });
  return {
    nullable: nullable as NullableReading,
    ...(values['ref-root'] !== undefined ? { refRoot: path.resolve(cwd, values['ref-root']) } : {}),
    allowRemoteRefs: values['allow-remote-refs'] ?? false,
    ...(readTimeoutMs !== undefined ? { limits: { readTimeoutMs } } : {}),
  };
}
