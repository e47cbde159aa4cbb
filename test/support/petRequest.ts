/**
 * The Pet request body of test/fixtures/pets.openapi.yaml as plain JSON Schema, written by hand (id is
 * readOnly: not sent), for judging what `fixtura sample --operation createPet` prints; and the JSON lines of
 * such output.
 */
import type { Schema } from '@cfworker/json-schema';

export const petRequest: Schema = {
  type: 'object',
  required: ['name', 'kind'],
  properties: {
    id: false,
    name: { type: 'string', minLength: 1, maxLength: 20 },
    kind: { enum: ['cat', 'dog'] },
    tag: { type: ['string', 'null'] },
    owner: { type: 'object' },
  },
};

/** Each non-empty line of a command's output, parsed as JSON. */
export function jsonLines(stdout: string): unknown[] {
  return stdout
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);
}
