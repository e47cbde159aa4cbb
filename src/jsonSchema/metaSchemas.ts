/**
 * @module The JSON Schema meta-schemas (draft-06 to 2020-12), for schemas that `$ref` them — "a value that is
 * itself a schema". They ship with Ajv, so nothing is fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let byId: Map<string, unknown> | null = null;

function load(): Map<string, unknown> {
  const map = new Map<string, unknown>();
  const refs = path.dirname(
    createRequire(import.meta.url).resolve('ajv/dist/refs/json-schema-draft-07.json'),
  );
  const files = [
    'json-schema-draft-06.json',
    'json-schema-draft-07.json',
    ...['json-schema-2019-09', 'json-schema-2020-12'].flatMap((dir) => [
      `${dir}/schema.json`,
      ...readdirSync(path.join(refs, dir, 'meta')).map((f) => `${dir}/meta/${f}`),
    ]),
  ];
  for (const file of files) {
    const schema = JSON.parse(readFileSync(path.join(refs, file), 'utf8')) as Record<string, unknown>;
    const id = (schema.$id ?? schema.id) as string | undefined;
    if (typeof id === 'string') map.set(id.replace(/#$/, ''), schema);
  }
  return map;
}

/** The meta-schema published at `uri` (without fragment), or undefined. */
export function metaSchema(uri: string): unknown {
  if (!/^https?:\/\/json-schema\.org\//.test(uri)) return undefined;
  byId ??= load();
  return (
    byId.get(uri) ?? byId.get(uri.replace(/^http:/, 'https:')) ?? byId.get(uri.replace(/^https:/, 'http:'))
  );
}
